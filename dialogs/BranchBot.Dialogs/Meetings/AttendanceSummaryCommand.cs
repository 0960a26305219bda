using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// 签到情况 [序号]: who attended, was on leave or absent at the latest meeting (or the n-th latest), with the rate; during
/// a meeting's check-in window, that meeting, with those not signed in yet as 未签到.
/// </summary>
public sealed class AttendanceSummaryCommand(RecentMeetingPicker picker, AttendanceService attendance, MeetingPresenter presenter, LeaveAheadView leaveAhead) : IChatCommand
{
    public const string Keyword = "签到情况";

    /// <summary>"签到情况 请假": the leave pending and granted for the meetings ahead (<see cref="LeaveAheadView"/>).</summary>
    public const string LeaveView = "请假";

    public IReadOnlyList<string> Keywords { get; } = [Keyword, "出勤情况", "考勤"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, "签到情况", "签到情况 序号", "查看最近一次（或第几次）会议的签到、请假和缺席", Order: 65)
    {
        Example = "签到情况 2",
        ShortcutFor = HelpShortcut.Committee,
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (string.Equals(arguments.Trim(), LeaveView, StringComparison.Ordinal))
        {
            await leaveAhead.SendAsync(turn, cancellationToken);
            return;
        }

        if (await picker.PickWithCheckingInAsync(turn, arguments, "签到情况", cancellationToken) is not { } picked)
        {
            return;
        }

        var summary = await attendance.SummarizeAsync(picked.Meeting.Id, cancellationToken);
        await picker.ShownAsync(turn, picked.Meeting, cancellationToken);
        await turn.SendAsync(summary.Succeeded ? MeetingTexts.Attendance(presenter.Describe(summary.Value!.Meeting), summary.Value) : MeetingProblemTexts.Say(summary.Problem!, presenter), cancellationToken);
    }
}
