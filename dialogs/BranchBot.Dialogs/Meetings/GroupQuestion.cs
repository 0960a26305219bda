using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// Asks which 党小组 a 党小组会 is for, with the groups as buttons (saying the typed name was not found, if one was);
/// a branch without groups ends the dialog with the reason.
/// </summary>
internal static class GroupQuestion
{
    public static async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, MeetingPresenter presenter, string? typed, CancellationToken cancellationToken)
    {
        var groups = await presenter.GroupNamesAsync(cancellationToken);
        if (groups.Count == 0)
        {
            await step.DialogContext.SendAsync(MeetingTexts.NoGroups, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var prompt = typed is null ? MeetingTexts.AskGroup : MeetingTexts.UnknownGroup(typed);
        return await step.PromptAsync(PromptIds.Choice, new PromptOptions { Prompt = prompt, Choices = [.. groups.Select(g => Choice.Of(g))] }, cancellationToken);
    }
}
