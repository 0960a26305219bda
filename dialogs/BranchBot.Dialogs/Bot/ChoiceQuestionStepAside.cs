using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Intents;

namespace BranchBot.Dialogs.Bot;

/// <summary>
/// A member who changes their mind at a question with buttons (确认/不修改, 确认/修改/取消, which broadcast) and types
/// another command line gets that command, not the same question three times and then nothing; so does a request
/// in free words that the intent layer reads for sure ("帮我加一个党员 刘洋", "把陈静设为支委"), handled as it would
/// be outside the dialog (a write still only offered or previewed). What was pending is not done: a long form is set
/// aside for 继续填写 as after repeated misunderstanding, anything else is dropped, and the member is told which. An
/// answer the question understands, or words that may be meant as one (<see cref="IAnsweredQuestion.MayBeMeantAsAnswer"/>),
/// are always left to the question.
/// </summary>
public sealed class ChoiceQuestionStepAside(DialogSet dialogs, CommandInterruption interruption, IntentFreeTextHandler intents)
{
    /// <summary>True when the message was another request and has been handled.</summary>
    public async Task<bool> TryAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var dc = turn.Dialogs;
        if (dc.ActiveInstance is not { } active || dialogs.Find(active.Id) is not IAnsweredQuestion { OffersChoices: true } question
            || question.Understands(dc, turn.Text))
        {
            return false;
        }

        if (interruption.Find(turn.Text) is { } other)
        {
            await SetAsideAsync(dc, cancellationToken);
            await interruption.RunAsync(dc, other, cancellationToken);
            return true;
        }

        if (question.MayBeMeantAsAnswer(dc, turn.Text) || !await intents.IsSureRequestAsync(turn, cancellationToken))
        {
            return false;
        }

        await SetAsideAsync(dc, cancellationToken);
        return await intents.TryHandleAsync(turn, cancellationToken);
    }

    private static async Task SetAsideAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var kept = dc.KeptWhenAbandoned();
        var draft = dc.ParkOrClear();
        IEnumerable<string> lines = draft is null ? [BotTexts.PendingDropped, .. kept] : [PromptTexts.DraftParked(draft)];
        await dc.SendAsync(string.Join("\n", lines), cancellationToken);
    }
}
