using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// The answer to a meeting summary's 确认/修改/取消 (<see cref="MeetingTexts.SummaryChoices"/>): 修改 asks which of
/// <paramref name="fields"/> to change, anything but 确认 ends the dialog with <paramref name="notDone"/>. Null means
/// 确认: the caller saves.
/// </summary>
internal static class SummaryDecision
{
    public static async Task<DialogTurnResult?> UnlessConfirmedAsync(
        WaterfallStepContext step, IEnumerable<string> fields, string notDone, CancellationToken cancellationToken)
    {
        var choice = (FoundChoice)step.Result!;
        if (choice.Value == MeetingTexts.Change)
        {
            return await step.PromptAsync(
                PromptIds.Choice, new PromptOptions { Prompt = MeetingTexts.AskField, Choices = [.. fields.Select(f => Choice.Of(f))] }, cancellationToken);
        }

        if (choice.Value != MeetingTexts.Confirm)
        {
            await step.DialogContext.SendAsync(notDone, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return null;
    }
}
