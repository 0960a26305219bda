using BranchBot.Core.Meetings;
using BranchBot.Core.Meetings.Focus;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// 晚到 (会晚到, 告诉书记我会晚到): the member will come, but late. Tells the 书记 and 副书记 which meeting and, in the
/// member's own words, what they said ("周三的会我可能要晚到半小时"), so they can start without waiting; nothing is
/// stored and no leave is asked (coming late is not leave). The meeting is the one the words name, else the member's
/// only meeting ahead, else asked. Pressed twice, the leaders are told once.
/// </summary>
public sealed class LateNoticeCommand(MeetingService meetings, AttendanceService attendance, MeetingPresenter presenter, MeetingAnnouncer announcer, MeetingFocusStore focus)
    : IChatCommand, IMeetingChoiceHandler
{
    public const string Keyword = "晚到";

    public IReadOnlyList<string> Keywords { get; } = [Keyword, "会晚到", "告诉书记我会晚到"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, Keyword, "晚到 [会议] [说明]", "会晚一点到：告诉书记你会晚到，到场后再签到（晚到不用请假）", Order: 54)
    {
        Example = "晚到 周三党员大会 堵车大概晚二十分钟",
    };

    public string ChoiceKey => "late-notice";

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var member = turn.Sender.Member!;
        var ahead = await meetings.ListUpcomingForAsync(member, 10, cancellationToken);
        if (NamedMeeting.Read(arguments, presenter.Clock.Now, presenter.Clock.Zone) is { } named)
        {
            // "晚到 周三党员大会": only that meeting; another one is never told in its place.
            ahead = [.. ahead.Where(m => named.Matches(m, presenter.Clock.Zone))];
            if (ahead.Count == 0)
            {
                await turn.SendAsync(Buttons.Message(MeetingTexts.NoMeetingToBeLateAtNamed(named.Described), ["近期安排"]), cancellationToken);
                return;
            }
        }

        if (ahead.Count == 0)
        {
            await turn.SendAsync(Buttons.Message(MeetingTexts.NoMeetingToBeLateAt, ["近期安排"]), cancellationToken);
            return;
        }

        var said = arguments.Trim();
        if (ahead.Count > 1)
        {
            await turn.BeginDialogAsync(
                ChooseMeetingDialog.DialogId,
                new ChooseMeetingDialog.Request(MeetingTexts.AskWhichLate, [.. ahead.Select(m => m.Id)], MeetingNumbers.Labels(ahead.Select(presenter.Describe)), ChoiceKey, said),
                cancellationToken);
            return;
        }

        await TellAsync(turn, ahead[0], said, cancellationToken);
    }

    public async Task ContinueAsync(BotTurn turn, string meetingId, string? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await meetings.FindByIdAsync(meetingId, cancellationToken) is not { IsCancelled: false } meeting || meeting.EndsAt <= presenter.Clock.UtcNow)
        {
            await turn.SendAsync(Buttons.Message(MeetingTexts.NoMeetingToBeLateAt, ["近期安排"]), cancellationToken);
            return;
        }

        await TellAsync(turn, meeting, payload ?? string.Empty, cancellationToken);
    }

    private async Task TellAsync(BotTurn turn, Meeting meeting, string said, CancellationToken cancellationToken)
    {
        var member = turn.Sender.Member!;
        var described = presenter.Describe(meeting);
        var records = await attendance.RecordsOfAsync(member, [meeting], cancellationToken);
        if (records.TryGetValue(meeting.Id, out var record))
        {
            // Signed in already, or on leave: being late is no news, or the leave says more.
            var answer = record.Status switch
            {
                AttendanceStatus.CheckedIn => Buttons.Message(MeetingTexts.LateButCheckedIn(described), ["近期安排"]),
                AttendanceStatus.LeaveRequested or AttendanceStatus.LeaveApproved => Buttons.Message(MeetingTexts.LateButOnLeave(described), ["撤销请假", "近期安排"]),
                _ => null,
            };
            if (answer is not null)
            {
                await turn.SendAsync(answer, cancellationToken);
                return;
            }
        }

        var notice = new Notification(MeetingTexts.LateNotice(member.Name, described, said))
        {
            Key = NoticeKeys.Of("late", meeting.Id, member.Id),
        };
        await announcer.NotifyLeadersAsync(notice, cancellationToken);
        await focus.SetAsync(member.Id, MeetingFocus.Replied([meeting], presenter.Clock.UtcNow), cancellationToken);
        await turn.SendAsync(Buttons.Message(MeetingTexts.LateTold(described), ["签到", "近期安排"]), cancellationToken);
    }
}
