using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Forms;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// Asks which 党小组 a 党小组会 is for, with the groups as buttons (saying the typed name was not found, if one was);
/// a branch without groups ends the dialog with the reason.
/// </summary>
internal static class GroupQuestion
{
    public static async Task<FieldQuestion<TForm>> AskAsync<TForm>(DialogContext dc, MeetingPresenter presenter, string? typed, CancellationToken cancellationToken)
        where TForm : class
    {
        var groups = await presenter.GroupNamesAsync(cancellationToken);
        if (groups.Count == 0)
        {
            await dc.SendAsync(MeetingTexts.NoGroups, cancellationToken);
            return new FieldQuestion<TForm>.End();
        }

        var prompt = typed is null ? MeetingTexts.AskGroup : MeetingTexts.UnknownGroup(typed);
        return FieldQuestion<TForm>.Choice(prompt, groups.Select(g => Choice.Of(g)));
    }
}
