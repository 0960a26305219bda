using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Bot;

/// <summary>
/// A member who changes their mind at a question with buttons (确认/不修改, 确认/修改/取消, which broadcast) and types
/// another command line gets that command, not the same question three times and then nothing. What was pending is
/// not done: a long form is set aside for 继续填写 as after repeated misunderstanding, anything else is dropped, and
/// the member is told which. An answer the question understands is always an answer.
/// </summary>
public sealed class ChoiceQuestionStepAside(DialogSet dialogs, CommandInterruption interruption)
{
    /// <summary>True when the message was another command and has been run.</summary>
    public async Task<bool> TryAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var dc = turn.Dialogs;
        if (dc.ActiveInstance is not { } active || dialogs.Find(active.Id) is not IAnsweredQuestion { OffersChoices: true } question
            || question.Understands(dc, turn.Text) || interruption.Find(turn.Text) is not { } other)
        {
            return false;
        }

        var kept = dc.KeptWhenAbandoned();
        var draft = dc.ParkOrClear();
        IEnumerable<string> lines = draft is null ? [BotTexts.PendingDropped, .. kept] : [PromptTexts.DraftParked(draft)];
        await dc.SendAsync(string.Join("\n", lines), cancellationToken);
        await interruption.RunAsync(dc, other, cancellationToken);
        return true;
    }
}
