using BranchBot.BotFramework.Schema;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>
/// Asks which step to record, a button for each step the file can still take. An answer is read as a choice first,
/// so a 预备党员's 「支部大会」 is the 转正 meeting (the admission's is recorded and not offered); a sentence that
/// names two steps (「支部大会通过转正」) is then read as the one-line 记录 reads it.
/// </summary>
public sealed class StepPrompt() : Prompt<FoundChoice>(PromptId, null)
{
    public const string PromptId = "partydev.step";

    protected override PromptRecognition<FoundChoice> Recognize(DialogContext dc, string text, PromptOptions options)
    {
        var choices = options.Choices ?? [];
        var named = StepFormParser.FindStep(text);
        var found = ChoiceRecognizer.Recognize(text, choices);

        // 「算了，先不记了」 means no step: the choice meaning 取消 would otherwise pick 取消预备党员资格.
        if (found is not null && named is null && ChoiceMeanings.Pick(ReplyText.Clean(text), choices) == found.Index)
        {
            found = null;
        }

        if (found is null && named is var (kind, _, _))
        {
            found = new FoundChoice(-1, DevelopmentLabels.Step(kind));
        }

        return found is null ? PromptRecognition<FoundChoice>.Failure(DevelopmentTexts.StepNotRead) : PromptRecognition<FoundChoice>.Success(found);
    }

    protected override Activity BuildPrompt(string text, PromptOptions options) => Buttons.Message(text, (options.Choices ?? []).Select(c => c.Value));
}
