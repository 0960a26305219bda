using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// Reads the leading 序号 of a command about a past meeting (签到情况 2, 会议记录 1 …) and finds that meeting among the
/// most recent ones; when there is none, or the number is out of range, it answers the sender itself.
/// </summary>
public sealed class RecentMeetingPicker(MeetingService meetings, MeetingPresenter presenter)
{
    /// <summary>The meeting meant, its 1-based number and the text after the number; null when the sender was already answered.</summary>
    public Task<(Meeting Meeting, int Number, string Remainder)?> PickAsync(BotTurn turn, string arguments, string commandName, CancellationToken cancellationToken) =>
        PickAsync(turn, arguments, commandName, includeCheckingIn: false, cancellationToken);

    /// <summary>As <see cref="PickAsync"/>, with a meeting whose check-in is open (not started yet) as the latest.</summary>
    public Task<(Meeting Meeting, int Number, string Remainder)?> PickWithCheckingInAsync(BotTurn turn, string arguments, string commandName, CancellationToken cancellationToken) =>
        PickAsync(turn, arguments, commandName, includeCheckingIn: true, cancellationToken);

    private async Task<(Meeting Meeting, int Number, string Remainder)?> PickAsync(BotTurn turn, string arguments, string commandName, bool includeCheckingIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var recent = includeCheckingIn
            ? await meetings.ListRecentOrCheckingInAsync(MeetingTexts.ListedMeetings, cancellationToken)
            : await meetings.ListRecentAsync(MeetingTexts.ListedMeetings, cancellationToken);
        if (recent.Count == 0)
        {
            // Before the first meeting: say so, and when there will be something to see (the next meeting's check-in).
            var next = (await meetings.ListUpcomingAsync(1, cancellationToken)).FirstOrDefault();
            await turn.SendAsync(
                next is null
                    ? MeetingTexts.NothingHeldYet(commandName)
                    : MeetingTexts.NothingHeldYet(commandName, presenter.Describe(next), includeCheckingIn ? presenter.When(meetings.CheckInWindowOf(next).Opens) : null),
                cancellationToken);
            return null;
        }

        var (number, remainder) = MeetingNumbers.TakeLeading(arguments);
        var index = (number ?? 1) - 1;
        if (index < 0 || index >= recent.Count)
        {
            await turn.SendAsync(MeetingTexts.RecentList(MeetingNumbers.Labels(recent.Select(presenter.Describe)), number!.Value, commandName), cancellationToken);
            return null;
        }

        return (recent[index], index + 1, remainder);
    }
}
