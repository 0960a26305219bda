using BranchBot.Core.Meetings;
using BranchBot.Core.Meetings.Focus;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Broadcasts;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// "好的", "收到，一定准时参加", "👌" with no broadcast waiting for 收到 (<see cref="AcknowledgementWordsHandler"/> comes
/// first): said after a 会议通知 or a reminder, it is taken as noted, with the meeting's time and place said back and the
/// 请假 button while leave may still be asked; said about nothing, it gets a short "好的" instead of "没有理解" (a bare
/// 收到 is <see cref="AcknowledgeCommand"/>'s, which says that no broadcast waits).
/// </summary>
public sealed class NoticeAcknowledgementHandler(MeetingFocusStore focus, IMeetingStore store, MeetingPresenter presenter) : IFreeTextHandler
{
    private const string Upcoming = "近期安排";

    public const string Plain = "好的。有需要随时找我。";

    // After the receipt words (8), the leave decision words (9) and thanks (11); before the intent layer (20).
    public int Order => 13;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!AcknowledgementWordsHandler.IsAcknowledgement(turn.Text))
        {
            return false;
        }

        if (!await TryNoteMeetingAsync(turn, cancellationToken))
        {
            await turn.SendAsync(Plain, cancellationToken);
        }

        return true;
    }

    /// <summary>Says the meeting in focus back as noted; false, with nothing sent, when no meeting ahead is in focus.</summary>
    public async Task<bool> TryNoteMeetingAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await NotedMeetingAsync(turn, cancellationToken) is not { } noted)
        {
            return false;
        }

        var (meeting, status) = noted;
        var text = $"好的，已记下：{presenter.WhenFromTo(meeting)} {MeetingKinds.ToChinese(meeting.Kind)}，地点：{meeting.Place ?? MeetingTexts.NoPlace}。";
        if (status is AttendanceStatus.LeaveRequested or AttendanceStatus.LeaveApproved)
        {
            await turn.SendWithButtonsAsync(text + "你已为这次会议请假，不能参加的话不用再做什么。", [Upcoming], cancellationToken);
            return true;
        }

        await turn.SendWithButtonsAsync(text + "请准时参加；去不了的话点「请假」并说明原因。", ["请假", Upcoming], cancellationToken);
        return true;
    }

    /// <summary>
    /// The meeting of the notice or reminder the member was last sent, while still ahead, with the member's attendance; a
    /// meeting shown in a reply to the member (arranged, 近期安排) is not one they are acknowledging.
    /// </summary>
    private async Task<(Meeting Meeting, AttendanceStatus? Status)?> NotedMeetingAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Sender.Member is not { } member || await focus.GetAsync(member.Id, cancellationToken) is not { FromNotice: true } shown)
        {
            return null;
        }

        var now = presenter.Clock.UtcNow;
        var ahead = new List<Meeting>();
        foreach (var id in shown.MeetingIds)
        {
            if (await store.GetAsync(id, cancellationToken) is { IsCancelled: false } meeting && meeting.StartsAt > now)
            {
                ahead.Add(meeting);
            }
        }

        if (ahead is not [var only])
        {
            return null;
        }

        return (only, (await store.GetAttendanceAsync(only.Id, member.Id, cancellationToken))?.Status);
    }
}
