using BranchBot.BotFramework.Schema;

namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>
/// One of a few options, shown as buttons. Accepts the option's text or a synonym, its number ("2", "第二个"),
/// or a sentence that names exactly one option.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    public override bool OffersChoices => true;

    protected override PromptRecognition<FoundChoice> Recognize(DialogContext dc, string text, PromptOptions options)
    {
        var choices = options.Choices ?? [];
        var found = ChoiceRecognizer.Recognize(text, choices);
        return found is null
            ? PromptRecognition<FoundChoice>.Failure("请点选下面的一个选项，或回复它的序号。")
            : PromptRecognition<FoundChoice>.Success(found);
    }

    protected override Activity BuildPrompt(string text, PromptOptions options)
    {
        var choices = options.Choices ?? [];
        return Buttons.Message(text, choices.Select(c => c.Value));
    }
}
