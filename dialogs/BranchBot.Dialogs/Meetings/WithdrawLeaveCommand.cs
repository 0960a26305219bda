using BranchBot.Core.Meetings;
using BranchBot.Core.Meetings.Focus;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// 撤销请假 (取消请假, 撤回请假): the member can attend after all. Takes back the sender's pending or approved leave from a
/// meeting ahead (asking which when there are several, or taking the one the words name), and tells the 书记 and 副书记,
/// who were told of the request.
/// </summary>
public sealed class WithdrawLeaveCommand(MeetingService meetings, AttendanceService attendance, MeetingPresenter presenter, MeetingAnnouncer announcer, MeetingFocusStore focus)
    : IChatCommand, IMeetingChoiceHandler, IWriteProbe
{
    public const string Keyword = "撤销请假";

    public IReadOnlyList<string> Keywords { get; } = [Keyword, "取消请假", "撤回请假"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, Keyword, "撤销请假 [会议]", "又能参加会议了：撤回已提交或已批准的请假，并告诉书记", Order: 53)
    {
        Example = "撤销请假 周三党员大会",
    };

    public string ChoiceKey => "withdraw-leave";

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var member = turn.Sender.Member!;
        var onLeave = await OnLeaveAsync(member, cancellationToken);
        if (onLeave.Count == 0)
        {
            await turn.SendAsync(Buttons.Message(MeetingTexts.NoLeaveToWithdraw, ["近期安排"]), cancellationToken);
            return;
        }

        if (NamedMeeting.Read(arguments, presenter.Clock.Now, presenter.Clock.Zone) is { } named)
        {
            // "撤销请假 周三党员大会": only that meeting's leave; another one's is never taken back in its place.
            var meant = onLeave.Where(m => named.Matches(m, presenter.Clock.Zone)).ToList();
            if (meant.Count == 0)
            {
                await turn.SendAsync(Buttons.Message(MeetingTexts.NoLeaveAtNamed(named.Described), ["近期安排"]), cancellationToken);
                return;
            }

            onLeave = meant;
        }

        if (onLeave.Count > 1)
        {
            await turn.BeginDialogAsync(
                ChooseMeetingDialog.DialogId,
                new ChooseMeetingDialog.Request(MeetingTexts.AskWhichWithdraw, [.. onLeave.Select(m => m.Id)], MeetingNumbers.Labels(onLeave.Select(presenter.Describe)), ChoiceKey),
                cancellationToken);
            return;
        }

        await WithdrawAsync(turn, onLeave[0].Id, cancellationToken);
    }

    /// <summary>
    /// Only a member with leave pending or approved ahead has anything to take back: "周三的会我能来了" from anyone else is
    /// answered at once that nothing needs doing, instead of an offered button that would say so.
    /// </summary>
    public async Task<bool> WouldWriteAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return (await OnLeaveAsync(turn.Sender.Member!, cancellationToken)).Count > 0;
    }

    public Task ContinueAsync(BotTurn turn, string meetingId, string? payload, CancellationToken cancellationToken) =>
        WithdrawAsync(turn, meetingId, cancellationToken);

    private async Task<List<Meeting>> OnLeaveAsync(Member member, CancellationToken cancellationToken)
    {
        var upcoming = await meetings.ListUpcomingForAsync(member, 10, cancellationToken);
        var records = await attendance.RecordsOfAsync(member, upcoming, cancellationToken);
        return [.. upcoming.Where(m => records.TryGetValue(m.Id, out var r) && r.Status is AttendanceStatus.LeaveRequested or AttendanceStatus.LeaveApproved)];
    }

    private async Task WithdrawAsync(BotTurn turn, string meetingId, CancellationToken cancellationToken)
    {
        var member = turn.Sender.Member!;
        var withdrawn = await attendance.WithdrawLeaveAsync(member, meetingId, cancellationToken);
        if (!withdrawn.Succeeded)
        {
            await turn.SendAsync(MeetingProblemTexts.Say(withdrawn.Problem!, presenter), cancellationToken);
            return;
        }

        var withdrawal = withdrawn.Value!;
        var described = presenter.Describe(withdrawal.Meeting);
        var notice = new Notification(MeetingTexts.LeaveWithdrawnNotice(member.Name, described, withdrawal.WasApproved))
        {
            Key = NoticeKeys.Once("leave-withdrawn"),
        };
        await announcer.NotifyLeadersAsync(notice, cancellationToken);
        await focus.SetAsync(member.Id, MeetingFocus.Replied([withdrawal.Meeting], presenter.Clock.UtcNow), cancellationToken);
        await turn.SendAsync(Buttons.Message(MeetingTexts.LeaveWithdrawn(described), ["近期安排"]), cancellationToken);
    }
}
