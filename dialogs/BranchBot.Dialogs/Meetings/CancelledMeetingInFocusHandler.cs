using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Meetings.Focus;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Intents;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// "那个会还开吗", "这个会我请个假" after a 会议取消 notice: the meeting pointed back at is the cancelled one in the member's
/// focus (<see cref="MeetingAnnouncer.AnnounceCancellationAsync"/>), so the answer is that it is cancelled, not a reading
/// about some other meeting ahead. A sentence naming another kind of meeting is left to the other readers.
/// </summary>
public sealed partial class CancelledMeetingInFocusHandler(MeetingFocusStore focus, MeetingService meetings, MeetingPresenter presenter) : IFreeTextHandler
{
    // After thanks and the development words (12); before the intent layer (20), which would look among meetings ahead.
    public int Order => 15;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = IntentText.Clean(turn.Text);
        if (turn.Sender.Member is not { } member || !(MeetingInFocus.PointsBack(text) || StillOn().IsMatch(text))
            || await focus.GetAsync(member.Id, cancellationToken) is not { } inFocus)
        {
            return false;
        }

        var shown = new List<Meeting>();
        foreach (var id in inFocus.MeetingIds)
        {
            if (await meetings.FindByIdAsync(id, cancellationToken) is { } meeting)
            {
                shown.Add(meeting);
            }
        }

        var named = NamedMeeting.Read(text, presenter.Clock.Now, presenter.Clock.Zone);
        if (shown is not [{ IsCancelled: true } cancelled] || (named?.Kind is { } kind && kind != cancelled.Kind))
        {
            return false;
        }

        await turn.SendAsync(MeetingTexts.CancelledInFocus(presenter.Describe(cancelled)), cancellationToken);
        return true;
    }

    /// <summary>Whether it still takes place, with no meeting said: "还开吗", "开不开了", "取消了没有".</summary>
    [GeneratedRegex(@"^(那|那么)?(会|会议)?(还|到底)?(开不开|开吗|开么|照常|取消了(吗|没|没有|么))")]
    private static partial Regex StillOn();
}
