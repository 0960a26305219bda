namespace BranchBot.Dialogs.Bot.Commands;

/// <summary>
/// A command that writes, but can tell beforehand that running it for this sender now would write nothing: 签到 when no
/// meeting of theirs is open for check-in, or every open one is already signed in to. A likely reading of such a
/// command is run at once, so the member hears why ("签到将于14:00开放") instead of pressing a button to find out.
/// </summary>
public interface IWriteProbe
{
    Task<bool> WouldWriteAsync(BotTurn turn, CancellationToken cancellationToken);
}
