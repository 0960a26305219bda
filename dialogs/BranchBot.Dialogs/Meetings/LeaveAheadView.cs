using System.Text;
using BranchBot.Core.Meetings;
using BranchBot.Core.Notifications;
using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// "谁请假了", "有没有人请假" asked by the committee with no meeting named: the requests waiting for a decision (with
/// their 批准/不批准 buttons) and the leave already granted for the meetings ahead.
/// </summary>
public sealed class LeaveAheadView(AttendanceService attendance, MeetingPresenter presenter, PendingLeaveList pendingList)
{
    private const int MeetingsAhead = 10;

    public async Task SendAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var pending = await attendance.ListPendingLeaveAsync(cancellationToken);
        var granted = await attendance.ListGrantedLeaveAheadAsync(MeetingsAhead, cancellationToken);
        if (pending.Count == 0 && granted.Count == 0)
        {
            await turn.SendWithButtonsAsync(MeetingTexts.NoLeaveAhead, [AttendanceSummaryCommand.Keyword], cancellationToken);
            return;
        }

        var text = new StringBuilder();
        var buttons = new List<string>();
        if (pending.Count > 0)
        {
            pendingList.Append(pending, text, buttons);
        }
        else
        {
            text.Append(MeetingTexts.NoPendingLeave);
        }

        text.Append('\n').Append(granted.Count == 0 ? MeetingTexts.NoGrantedLeaveAhead : MeetingTexts.GrantedLeaveAhead);
        foreach (var meeting in granted.GroupBy(g => g.Meeting.Id))
        {
            text.Append("\n• ").Append(presenter.Describe(meeting.First().Meeting)).Append("：")
                .Append(string.Join("、", meeting.Select(g => $"{g.Member.Name}（{MarkdownText.Escape(g.Record.LeaveReason)}）")));
        }

        buttons.Add(AttendanceSummaryCommand.Keyword);
        await turn.SendWithButtonsAsync(text.ToString(), buttons, cancellationToken);
    }
}
