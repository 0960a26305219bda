using BranchBot.Core.Meetings;
using BranchBot.Core.Meetings.Focus;
using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// Reads the leading 序号 of a command about a past meeting (签到情况 2, 会议记录 1 …) and finds that meeting among the
/// most recent ones; when there is none, or the number is out of range, it answers the sender itself.
/// </summary>
public sealed class RecentMeetingPicker(MeetingService meetings, MeetingPresenter presenter, MeetingFocusStore focus)
{
    /// <summary>The meeting meant, its 1-based number and the text after the number; null when the sender was already answered.</summary>
    public Task<(Meeting Meeting, int Number, string Remainder)?> PickAsync(BotTurn turn, string arguments, string commandName, CancellationToken cancellationToken) =>
        PickAsync(turn, arguments, commandName, includeCheckingIn: false, cancellationToken);

    /// <summary>
    /// As <see cref="PickAsync"/>, with a meeting whose check-in is open (not started yet) as the latest; with no 序号, a
    /// meeting of these shown to the sender just now (<see cref="MeetingFocus.FreshAt"/>: "签到情况 2" and then "那请假的呢")
    /// is the one meant.
    /// </summary>
    public Task<(Meeting Meeting, int Number, string Remainder)?> PickWithCheckingInAsync(BotTurn turn, string arguments, string commandName, CancellationToken cancellationToken) =>
        PickAsync(turn, arguments, commandName, includeCheckingIn: true, cancellationToken, followFocus: true);

    /// <summary>Puts the meeting just shown in the sender's focus, so that a follow-up is about it.</summary>
    public async Task ShownAsync(BotTurn turn, Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Sender.Member is { } member)
        {
            await focus.SetAsync(member.Id, MeetingFocus.Replied([meeting], presenter.Clock.UtcNow), cancellationToken);
        }
    }

    private async Task<(Meeting Meeting, int Number, string Remainder)?> PickAsync(BotTurn turn, string arguments, string commandName, bool includeCheckingIn, CancellationToken cancellationToken, bool followFocus = false)
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
        if (number is null && followFocus && await FocusedAsync(turn, recent, cancellationToken) is { } focused)
        {
            return (recent[focused], focused + 1, remainder);
        }

        var index = (number ?? 1) - 1;
        if (index < 0 || index >= recent.Count)
        {
            await turn.SendAsync(MeetingTexts.RecentList(MeetingNumbers.Labels(recent.Select(presenter.Describe)), number!.Value, commandName), cancellationToken);
            return null;
        }

        return (recent[index], index + 1, remainder);
    }

    /// <summary>The index among <paramref name="recent"/> of the one meeting of them the sender was shown just now, else null.</summary>
    private async Task<int?> FocusedAsync(BotTurn turn, IReadOnlyList<Meeting> recent, CancellationToken cancellationToken)
    {
        if (turn.Sender.Member is not { } member || await focus.GetAsync(member.Id, cancellationToken) is not { } shown || !shown.FreshAt(presenter.Clock.UtcNow))
        {
            return null;
        }

        var indexes = recent.Select((m, i) => (m, i)).Where(x => shown.MeetingIds.Contains(x.m.Id)).Select(x => x.i).ToList();
        return indexes is [var one] ? one : null;
    }
}
