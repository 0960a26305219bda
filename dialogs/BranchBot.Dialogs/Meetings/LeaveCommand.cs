using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Meetings.Focus;
using BranchBot.Core.Notifications;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// 请假 原因: asks leave from the sender's next meeting (asking which when several are ahead); the 书记 and 副书记
/// get the request with 批准/不批准 buttons.
/// </summary>
public sealed partial class LeaveCommand(MeetingService meetings, AttendanceService attendance, MeetingPresenter presenter, MeetingAnnouncer announcer, LeaveAheadView leaveAhead, MeetingFocusStore focus)
    : IChatCommand, IMeetingChoiceHandler
{
    public IReadOnlyList<string> Keywords { get; } = ["请假"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, "请假", "请假 原因", "不能参加会议时向书记请假", Order: 52)
    {
        Example = "请假 出差在外地",
        ShortcutFor = HelpShortcut.Members,
    };

    public string ChoiceKey => "leave";

    // What follows 请假 when someone asks about leave rather than for it.
    private static readonly HashSet<string> AboutLeave = new(StringComparer.Ordinal)
    {
        "情况", "记录", "名单", "列表", "状态", "审批", "进度", "结果", "申请情况", "审批情况", "批了没", "批了吗", "批没批",
        "怎么请", "怎么办", "怎么弄", "流程", "手续", "规定", "制度", "要求", "条件", "需要什么",
    };

    // Of those, the ones a 书记 or 支委 says to see who is waiting for an answer ("请假审批", "请假名单"): the list itself.
    private static readonly HashSet<string> PendingForLeaders = new(StringComparer.Ordinal)
    {
        "情况", "记录", "名单", "列表", "审批", "申请情况", "审批情况",
    };

    // What follows 请假 when someone takes leave back rather than asks for it ("请假不请了", "请假 撤销").
    private static readonly HashSet<string> TakingBack = new(StringComparer.Ordinal)
    {
        "不请了", "不用了", "不要了", "不需要了", "撤销", "撤回", "取消", "撤了", "撤掉", "作废", "算了", "不请", "撤销了", "撤回了", "取消了",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reason = arguments.Trim();
        if (reason.Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], MeetingTexts.AskLeaveReason, ShortAnswer: true), cancellationToken);
            return;
        }

        var about = reason.TrimStart('的').TrimEnd('?', '？', '呢', '吗');
        if (AboutLeave.Contains(about) || StatusAsked().IsMatch(about))
        {
            // "请假情况", "请假怎么请": a question about leave, never a request with that as its reason.
            var leader = AudienceCheck.Allows(CommandAudience.Committee, turn.Sender);
            if (leader && PendingForLeaders.Contains(about))
            {
                await leaveAhead.SendAsync(turn, cancellationToken);
                return;
            }

            await turn.SendAsync(Buttons.Message(
                MeetingTexts.AboutLeave(leader),
                leader ? [ApproveLeaveCommand.ApproveKeyword, "近期安排", "帮助 请假"] : ["近期安排", "帮助 请假"]), cancellationToken);
            return;
        }

        if (TakingBack.Contains(about.TrimEnd('吧', '啦', '。', '！', '!')))
        {
            // Never a request whose reason is "不请了": nothing is submitted, and a request made before is taken back only by a press.
            await turn.SendAsync(Buttons.Message(MeetingTexts.NoLeaveSubmittedOfferWithdraw, [WithdrawLeaveCommand.Keyword, "近期安排"]), cancellationToken);
            return;
        }

        var upcoming = await meetings.ListUpcomingForAsync(turn.Sender.Member!, 5, cancellationToken);
        if (NamedMeeting.Read(reason, presenter.Clock.Now, presenter.Clock.Zone) is { } named)
        {
            // "请假 下周三党员大会 出差": the meeting the sentence names. A day alone may be the trip's ("明天出差"), so it
            // only narrows; a kind named with no such meeting ahead is asked about rather than taken for another.
            var both = upcoming.Where(m => named.Matches(m, presenter.Clock.Zone)).ToList();
            var ofKind = named.Kind is { } kind ? upcoming.Where(m => m.Kind == kind).ToList() : upcoming;
            if (both.Count > 0)
            {
                upcoming = both;
                // "支部会" names the meeting as a kind does, so it is no part of the reason either.
                var byKind = named.Kind is not null || named.BranchMeeting;
                var beside = byKind ? named.Day is null ? named.WithoutKind : named.WithoutKindAndDay : string.Empty;
                if (byKind && beside.Length == 0)
                {
                    // "请假 下周三党员大会": the meeting is named and the reason is still to come, never the meeting's name.
                    await AskReasonAsync(turn, arguments, both, cancellationToken);
                    return;
                }

                reason = ReasonBeside(reason, beside);
            }
            else if (named.Kind is null && named.Day is not null && !named.BranchMeeting && DayNamesTheMeeting(reason, named))
            {
                // "请假 周五下午会议 加班" with nothing on Friday: the day names the meeting ("周五下午会议"), so the one
                // meeting on another day is not taken for it.
                await turn.SendAsync(MeetingTexts.NoNamedMeeting(named.Described), cancellationToken);
                return;
            }
            else if (named.Kind is not null)
            {
                // "请假 周五的党员大会" when the 党员大会 is on Wednesday: the day names the meeting, so another day's is
                // not taken for it (a day apart from the kind may be the trip's: "请假 党员大会 明天出差").
                if (ofKind.Count == 0 || (named.Day is not null && DayNamesTheMeeting(reason, named)))
                {
                    if (named.ThisWeekPassed is { } passed && named.NextWeek() is var nextWeek && upcoming.Any(m => nextWeek.Matches(m, presenter.Clock.Zone)))
                    {
                        // "本周五的党课请个假" on a Sunday: that Friday is over; next week's 党课 is offered, never taken unasked.
                        await turn.SendAsync(Buttons.Message(MeetingTexts.LeaveForNextWeek(passed, named.Described), [$"{Keywords[0]} {passed.Rewrite(reason)}"]), cancellationToken);
                        return;
                    }

                    await turn.SendAsync(MeetingTexts.NoNamedMeeting(named.Described), cancellationToken);
                    return;
                }

                upcoming = ofKind;
                if (named.WithoutKind.Length == 0)
                {
                    await AskReasonAsync(turn, arguments, ofKind, cancellationToken);
                    return;
                }

                reason = ReasonBeside(reason, named.WithoutKind);
            }
        }

        if (upcoming.Count > 1)
        {
            await ChooseAsync(turn, reason, upcoming, cancellationToken);
            return;
        }

        await RequestAsync(turn, reason, upcoming.Count == 1 ? upcoming[0].Id : null, cancellationToken);
    }

    /// <summary>Asks why, keeping the meeting the sentence named for when the reason comes back.</summary>
    private Task AskReasonAsync(BotTurn turn, string meetingNamed, IReadOnlyList<Meeting> meant, CancellationToken cancellationToken)
    {
        var prompt = meant.Count == 1 ? MeetingTexts.AskLeaveReasonFor(presenter.Describe(meant[0])) : MeetingTexts.AskLeaveReason;
        return turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], prompt, Prefix: meetingNamed.Trim(), ShortAnswer: true), cancellationToken);
    }

    /// <summary>
    /// The reason is what the sentence says beside the meeting it names ("下周三党员大会 出差" → 出差); a sentence that names
    /// the meeting by a day alone, which may be the trip's ("明天出差"), keeps its words as the reason.
    /// </summary>
    private static string ReasonBeside(string sentence, string rest) => rest.Length > 0 ? rest : sentence;

    private static bool DayNamesTheMeeting(string sentence, NamedMeeting named) =>
        sentence.Replace("的", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)
            .Contains(named.Described, StringComparison.Ordinal);

    public Task ContinueAsync(BotTurn turn, string meetingId, string? payload, CancellationToken cancellationToken) =>
        RequestAsync(turn, payload ?? string.Empty, meetingId, cancellationToken);

    /// <summary>
    /// Asks which meeting, leaving out those the member signed in to or already asked leave for (a denied request
    /// may be asked again); with one left it is still asked, so a second 请假 never lands on another meeting unseen.
    /// </summary>
    private async Task ChooseAsync(BotTurn turn, string reason, IReadOnlyList<Meeting> upcoming, CancellationToken cancellationToken)
    {
        var records = await attendance.RecordsOfAsync(turn.Sender.Member!, upcoming, cancellationToken);
        var settled = upcoming
            .Where(m => records.TryGetValue(m.Id, out var r) && r.Status != AttendanceStatus.LeaveDenied)
            .Select(m => (Meeting: m, records[m.Id].Status))
            .ToList();
        var left = upcoming.Except(settled.Select(s => s.Meeting)).ToList();
        var described = settled.Select(s => (presenter.Describe(s.Meeting), s.Status)).ToList();
        if (left.Count == 0)
        {
            await turn.SendAsync(MeetingTexts.NothingLeftForLeave(described), cancellationToken);
            return;
        }

        // One meeting left is asked as that one: "你近期有几次会议" above a single button read as a mistake.
        var question = left.Count == 1 ? MeetingTexts.AskThisLeave : MeetingTexts.AskWhichLeave;
        var prompt = settled.Count == 0 ? question : MeetingTexts.LeftOut(described) + question;
        await turn.BeginDialogAsync(
            ChooseMeetingDialog.DialogId,
            new ChooseMeetingDialog.Request(prompt, [.. left.Select(m => m.Id)], MeetingNumbers.Labels(left.Select(presenter.Describe)), ChoiceKey, reason),
            cancellationToken);
    }

    private async Task RequestAsync(BotTurn turn, string reason, string? meetingId, CancellationToken cancellationToken)
    {
        var member = turn.Sender.Member!;
        var requested = await attendance.RequestLeaveAsync(member, reason, meetingId, cancellationToken);
        if (!requested.Succeeded)
        {
            await turn.SendAsync(MeetingProblemTexts.Say(requested.Problem!, presenter), cancellationToken);
            return;
        }

        var request = requested.Value!;
        var described = presenter.Describe(request.Meeting);
        var number = LeaveNumbers.Of(request.Record);
        var notice = new Notification(
            MeetingTexts.LeaveRequestNotice(member.Name, described, request.Record.LeaveReason ?? reason, number),
            [$"{ApproveLeaveCommand.ApproveKeyword} {number}", $"{ApproveLeaveCommand.DenyKeyword} {number}"])
        {
            Key = NoticeKeys.Once("leave-requested"),
        };
        await announcer.NotifyLeadersAsync(notice, cancellationToken);
        await focus.SetAsync(member.Id, MeetingFocus.Replied([request.Meeting], presenter.Clock.UtcNow), cancellationToken);
        await turn.SendAsync(MeetingTexts.LeaveSent(described), cancellationToken);
    }

    /// <summary>"请假 批下来没有", "请假 还没批呢": whether leave was approved, asked in any shape, never a reason.</summary>
    [GeneratedRegex(@"^(还|都|怎么|咋)*(没有?)?(被)?(批|准|审批|通过|批准)(了|下来|好|过)*(没有?|吗|么|呢|没批)?$")]
    private static partial Regex StatusAsked();
}
