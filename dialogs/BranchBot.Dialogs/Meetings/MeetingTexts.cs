using System.Globalization;
using BranchBot.Core.Meetings;
using BranchBot.Core.Notifications;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Recognizers;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Meetings;

/// <summary>What the meeting commands say, and how they write dates.</summary>
internal static class MeetingTexts
{
    /// <summary>The 帮助 topic of this feature's commands.</summary>
    public static readonly HelpTopic HelpTopic = new("会议", "会议与签到", "三会一课等组织生活的安排、签到、请假和台账", Order: 20) { Aliases = ["会议与签到", "三会一课", "组织生活", "日历"] };

    public const string Confirm = "确认";

    public static readonly HashSet<string> SkipWords = new(StringComparer.OrdinalIgnoreCase) { "跳过", "无", "没有", "暂无", "不填", "略", "-" };

    public const string FieldKind = "类型";
    public const string FieldTime = "时间";
    public const string FieldPlace = "地点";
    public const string FieldTopic = "主题";

    public const string AskKind = "要安排哪一类会议？";
    public const string AskPlace = "在哪里开？请输入地点（没有可回复「跳过」）。";
    public const string AskTopic = "会议主题是什么？（没有可回复「跳过」）";
    public const string AskField = "要修改哪一项？";
    public const string NotCreated = "好的，没有创建会议。";
    public const string TimeExample = "例如「12月1日下午2点半」「明天上午9点」「下周三14:30」。";

    public static string AskTime(MeetingKind kind) => $"{MeetingKinds.ToChinese(kind)}什么时候开？请说明日期和几点，{TimeExample}";

    public static string AskTimeAgain(string problem, MeetingKind kind) => $"{problem}{AskTime(kind)}";

    /// <summary>Said above 安排's summary shown again after "推迟半小时": what changed; nothing is saved before 确认.</summary>
    public static string TimeRevised(string before, string after) => $"时间已由「{before}」改为「{after}」，请再确认一次：";

    /// <summary>Said above 安排's summary shown again after "地点改成五楼".</summary>
    public static string PlaceRevised(string? before, string after) =>
        before is null ? $"地点已定为「{after}」，请再确认一次：" : $"地点已由「{before}」改为「{after}」，请再确认一次：";

    /// <summary>Said above 安排's summary shown again after "主题改为…".</summary>
    public static string TopicRevised(string? before, string after) =>
        before is null ? $"主题已定为「{after}」，请再确认一次：" : $"主题已由「{before}」改为「{after}」，请再确认一次：";

    /// <summary>"时间改成月底" under the summary: not a time the bot can read, so nothing changed.</summary>
    public static string TimeVagueChange(string typed) => $"「{typed}」没有说清是哪一天几点，时间没有改。请说具体的日期和几点，例如「改到周四下午3点」。";

    public static string TimePast(string typed) => $"「{typed}」已经过去了，会议时间要在以后。";

    /// <summary>"这周五晚上7点" said on a Sunday: the Friday just past, so next week's is offered as the answer to give.</summary>
    public static string TimePastThisWeek(string typed, ThisWeekDayPassed.Suggestion suggestion) =>
        $"「{typed}」是{suggestion.Day.Month}月{suggestion.Day.Day}日，已经过去了，会议时间要在以后。{suggestion.AskNextWeek(typed)}";

    public static string TimeVague(string typed) => $"「{typed}」没有说清是哪一天几点，没有按它安排。";

    public static string TimeOfDayMissing(DateOnly date) => $"{date.Month}月{date.Day}日几点开始？会议需要具体时间。";

    /// <summary>Asked when only the time was given ("安排 党员大会 下午4点"): the day is never assumed.</summary>
    public static string AskDayOf(MeetingKind kind, TimeOnly time) =>
        $"{MeetingKinds.ToChinese(kind)}是哪一天的{time.ToString("HH:mm", CultureInfo.InvariantCulture)}？请说日期，例如「今天」「明天」「12月8日」。";

    public static string AskTimeOfDay(DateOnly date) => $"{date.Month}月{date.Day}日几点开始？例如「下午2点半」或「14:30」。";

    public const string NoPlace = "（未定）";
    public const string NoTopic = "（未填）";

    /// <summary>"12月1日（星期二）14:30"; the year is added when it is not this year.</summary>
    public static string When(DateTimeOffset local, DateTimeOffset now) =>
        $"{Day(local, now)}{local.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>"12月1日（星期二）", with the year when it is not this year.</summary>
    public static string Day(DateTimeOffset local, DateTimeOffset now)
    {
        var year = local.Year == now.Year ? string.Empty : $"{local.Year}年";
        return $"{year}{local.Month}月{local.Day}日（{DateTimeTexts.Weekday(local.DayOfWeek)}）";
    }

    public static string Time(DateTimeOffset local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string KindName(MeetingKind kind) => MeetingKinds.ToChinese(kind);

    /// <summary>"12月1日（星期二）14:30 党员大会「学习二十大精神」", with the year when it is not this year: the one way a meeting is named.</summary>
    public static string Describe(Meeting meeting, BranchClock clock)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(clock);
        var topic = meeting.Topic is null ? string.Empty : $"「{meeting.Topic}」";
        return $"{When(clock.ToLocal(meeting.StartsAt), clock.Now)} {KindName(meeting.Kind)}{topic}";
    }

    /// <summary>"党员大会12月2日（星期三）14:30开始，16:30结束，共2小时。": the answer to "几点结束", "开多久".</summary>
    public static string EndsAt(Meeting meeting, MeetingPresenter presenter)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(presenter);
        return $"{KindName(meeting.Kind)}{presenter.When(meeting.StartsAt)}开始，{presenter.TimeOrWhen(meeting.EndsAt, meeting.StartsAt)}结束，共{Length(meeting.EndsAt - meeting.StartsAt)}。";
    }

    /// <summary>"2小时", "1小时30分钟", "45分钟".</summary>
    public static string Length(TimeSpan span)
    {
        var minutes = (int)Math.Round(span.TotalMinutes);
        var (hours, rest) = (minutes / 60, minutes % 60);
        return hours == 0 ? $"{rest}分钟" : rest == 0 ? $"{hours}小时" : $"{hours}小时{rest}分钟";
    }

    public static IReadOnlyList<string> KindChoices { get; } = [.. MeetingKinds.All.Select(MeetingKinds.ToChinese)];

    public static string PlanDayOutOfRange(int day) => $"没有{day}号，日期是1到31。";

    public static string PlanTimeOnly(string typed) => $"定期安排只需要每次的时刻，例如「下午3点」，不要写「{typed}」这样的具体日期。";

    public const string AskGroup = "是哪个党小组的党小组会？";
    public const string NoGroups = "支部还没有党小组，无法安排党小组会。请先用「设置党小组 姓名 党小组」分组。";
    public const string NoAudience = "（党小组未定）";

    public static string UnknownGroup(string name) => $"支部中没有名为「{name}」的党小组。请选择：";

    /// <summary>The summary shown before anything is created.</summary>
    public static string Summary(
        MeetingKind kind, DateTimeOffset localStart, DateTimeOffset now, string? place, string? topic, string audience, string? checkInCode,
        DateTimeOffset? localEnd = null) =>
        $"请确认会议安排：\n类型：{KindName(kind)}\n日期：{Day(localStart, now)}\n时间：{Time(localStart)}{(localEnd is { } end ? "–" + Time(end) : string.Empty)}\n" +
        $"地点：{place ?? NoPlace}\n主题：{topic ?? NoTopic}\n参加人员：{audience}\n" +
        (checkInCode is null ? string.Empty : $"签到码：{checkInCode}（会上公布，签到时需发送「签到 {checkInCode}」）\n") +
        "确认无误请点「确认」；需要改动请点「修改」；不安排了请点「取消」。";

    public static string EndNotAfterStart(string typedEnd) =>
        $"结束时间「{typedEnd}」不在开始时间之后（或相隔超过12小时）。请重新输入会议时间，例如「今晚7点到9点」或「明天下午3点」。";

    /// <summary>The answer to a 确认 that arrives again after the meeting was created: nothing is created or announced twice.</summary>
    public static string AlreadyCreated(string described) => $"已安排（{described}），不会重复创建。";

    /// <summary>The answer to a 确认 that arrives again after the plan was created.</summary>
    public static string PlanAlreadyCreated(string rhythm, MeetingKind kind) => $"已设定期安排（{rhythm} {KindName(kind)}），不会重复创建。";

    public static string Created(string described, Announcement announcement) =>
        $"已安排：{described}。\n" + WhoWasTold(announcement);

    /// <summary>"已通知 3 人：张三、李四、王五。" and who could not be reached.</summary>
    public static string WhoWasTold(Announcement announcement)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        var text = announcement.Reached.Count == 0
            ? "没有需要通知的其他参会人员。"
            : $"已通知 {announcement.Reached.Count} 人：{Names(announcement.Reached)}。";
        return announcement.Unreached.Count == 0
            ? text
            : text + $"\n{announcement.Unreached.Count} 人未能通知（尚未在聊天中加入或发送失败）：{Names(announcement.Unreached)}。请另行转告。";
    }

    public static string Names(IEnumerable<BranchBot.Core.Membership.Member> members) => string.Join("、", members.Select(m => m.Name));


    public const string AskPlanKind = "定期安排哪一类会议？";
    public const string AskPlanTime = "每次几点开始？例如「下午3点」或「14:30」。";
    public const string PlanNotCreated = "好的，没有设定期安排。";

    public static string AskPlanDay(RecurrenceFrequency frequency, int monthOfQuarter) => frequency == RecurrenceFrequency.Monthly
        ? "每月几号开？请回复1到31之间的数字。"
        : $"每季度第{monthOfQuarter}个月的几号开？请回复1到31之间的数字。";

    /// <summary>"每月15日 15:00", "每季度第1个月10日 14:30", or with a length typed as a range "每月15日 14:00–16:00".</summary>
    public static string Rhythm(Recurrence recurrence, TimeSpan? duration = null)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        var time = recurrence.Time.ToString("HH:mm", CultureInfo.InvariantCulture)
            + (duration is { } length ? "–" + recurrence.Time.Add(length).ToString("HH:mm", CultureInfo.InvariantCulture) : string.Empty);
        return recurrence.Frequency == RecurrenceFrequency.Monthly
            ? $"每月{recurrence.DayOfMonth}日 {time}"
            : $"每季度第{recurrence.MonthOfQuarter}个月{recurrence.DayOfMonth}日 {time}";
    }

    public static string PlanImpossible(string rhythm) => $"「{rhythm}」排不出日期，请换一个日期后重新发送。";

    public static string PlanSummary(string rhythm, MeetingKind kind, string? place, string? topic, string audience, IEnumerable<string> next) =>
        $"请确认定期安排：\n周期：{rhythm}\n类型：{KindName(kind)}\n地点：{place ?? NoPlace}\n主题：{topic ?? NoTopic}\n参加人员：{audience}\n" +
        $"最近几次：{string.Join("、", next)}\n确认后会自动创建每次会议并通知参会人员。";

    public static string PlanCreated(string rhythm, MeetingKind kind, IReadOnlyList<string> dates, Announcement announcement) =>
        $"已设定期安排：{rhythm} {KindName(kind)}。" +
        (dates.Count == 0 ? "近期还没有需要创建的会议，到时会自动创建。" : $"\n已创建 {dates.Count} 次会议：{string.Join("、", dates)}。\n" + WhoWasTold(announcement)) +
        "\n发送「定期安排」可查看或停止。";

    /// <summary>How many meetings the numbered lists (取消会议, 签到情况, …) show.</summary>
    public const int ListedMeetings = 10;

    public const string NoUpcoming = "你近期没有需要参加的会议。";
    public const string AskWhichCheckIn = "现在有几个会议开放签到，你要签到的是哪一个？";
    public const string AskThisCheckIn = "要签到的是下面这个会议吗？是的话请点它。";
    /// <summary>Said to "下午那个会我晚点到": lateness is handled by signing in on arrival, not by leave.</summary>
    public const string LateIsNotLeave =
        "晚一点到不用请假：到了会场后发送「签到」就行，签到截止前到都算出席（请假只用于不能参加的会议）。想让书记心里有数的话，点「告诉书记我会晚到」。";

    public const string CheckInOnArrival = "到会场后点这里签到";

    /// <summary>The button under <see cref="LateIsNotLeave"/> that runs 晚到 with the member's words.</summary>
    public const string TellSecretaryLate = "告诉书记我会晚到";

    public const string AskWhichLate = "你会晚到哪个会议？";

    public const string NoMeetingToBeLateAt = "你近期没有要参加的会议，不需要告诉书记晚到。发送「近期安排」查看你的会议。";

    public static string NoMeetingToBeLateAtNamed(string named) => $"没有找到你要参加的{named}，没有告诉书记。发送「近期安排」查看你的会议。";

    /// <summary>To the 书记 and 副书记: who, which meeting, and what the member said, in their own words.</summary>
    public static string LateNotice(string name, string described, string said) =>
        said.Length == 0 ? $"【晚到】{name}会晚一点到{described}。" : $"【晚到】{name}会晚一点到{described}，原话：「{said}」。";

    public static string LateTold(string described) =>
        $"已告诉书记你会晚一点到：{described}。到场后发送「签到」，签到截止前到都算出席。";

    public static string LateButCheckedIn(string described) => $"你已经签到了：{described}，不需要再告诉书记晚到。";

    public static string LateButOnLeave(string described) =>
        $"你已经为{described}请了假。如果能来了（哪怕晚一点），请先点「撤销请假」，到场后再签到。";

    public const string AskLeaveReason = "请说明请假原因，例如：出差在外。";

    public static string AskLeaveReasonFor(string described) => $"请说明不能参加{described}的原因，例如：出差在外。";

    /// <summary>Said to "请假情况" or "请假怎么请": where leave is seen and how it is asked (nothing is submitted).</summary>
    public static string AboutLeave(bool approves) =>
        (approves ? "待审批的请假申请请点「批准请假」查看；" : string.Empty)
        + "自己每次会议的状态（待参加、请假待审批、请假已批准）请看「近期安排」。"
        + "要请假，请发送「请假 原因」，例如：请假 出差在外地；有几次会议时我会问是哪一次，书记审批后会告诉你结果。";
    public const string AskWhichLeave = "你近期有几次会议，要请假的是哪一次？";
    public const string AskThisLeave = "要请假的是下面这次会议吗？是的话请点它。";

    /// <summary>"（已签到：11月25日（星期三）14:00 党员大会，不再列出）\n", put before the question of a picker.</summary>
    public static string LeftOut(IEnumerable<(string Described, AttendanceStatus Status)> meetings) =>
        $"（{string.Join("；", meetings.Select(m => $"{StatusName(m.Status)}：{m.Described}"))}，不再列出）\n";

    /// <summary>Every meeting ahead is already settled for the member: says so instead of asking leave again.</summary>
    public static string NothingLeftForLeave(IEnumerable<(string Described, AttendanceStatus Status)> meetings) =>
        $"你近期的会议都已签到或请过假，无需再请假：\n{string.Join("\n", meetings.Select(m => $"{m.Described}（{StatusName(m.Status)}）"))}";

    private static string StatusName(AttendanceStatus status) => status switch
    {
        AttendanceStatus.CheckedIn => "已签到",
        AttendanceStatus.LeaveApproved => "请假已批准",
        AttendanceStatus.LeaveRequested => "请假待审批",
        _ => "请假未批准",
    };
    public const string NoPendingLeave = "目前没有待审批的请假申请。";

    public const string GrantedLeaveAhead = "近期会议已准假的：";

    public const string NoGrantedLeaveAhead = "近期的会还没有已准假的人。";

    /// <summary>"谁请假了" with nothing pending or granted ahead; a past meeting's leave is in 签到情况.</summary>
    public const string NoLeaveAhead = "目前没有待审批的请假申请，近期的会也没有人请假。要看最近一次会议的签到和请假，请点「签到情况」。";
    public const string NothingToChange = "近期没有尚未召开的会议。";
    public const string AskWhichToCancel = "要取消哪一次会议？";
    public const string AskWhichToEdit = "要修改哪一次会议？";
    public const string MeetingGone = "找不到这次会议，可能已被取消。请发送「近期安排」查看。";
    public const string KeptMeeting = "好的，会议保持不变。";

    /// <summary>The meeting just cancelled, asked about as "那个会".</summary>
    public static string CancelledInFocus(string described) => $"这次会议已取消：{described}。发送「近期安排」可查看其他会议。";
    public const string AskNewTime = "改到什么时候？例如「12月3日下午3点」。";
    public const string NoRecentMeetings = "近一年还没有已召开的会议。";

    /// <summary>
    /// 签到情况 or 会议记录 before any meeting was held: nothing to show yet, the next meeting, and (for what check-in
    /// shows) from when it can be seen; without a meeting ahead, how to arrange one.
    /// </summary>
    public static string NothingHeldYet(string commandName, string? next = null, string? checkInOpens = null) =>
        $"{NoRecentMeetings[..^1]}，还没有「{commandName}」可以查看。" + (next is null
            ? "发送「安排」安排会议。"
            : $"下一次会议是{next}" + (checkInOpens is null ? "，开完后就能查看。" : $"，{checkInOpens}开放签到，从那时起就能查看。"));
    public const string NoPlans = "目前没有定期安排。可以发送「安排 每月15日下午3点 主题党日」设定。";
    public const string AskWhichPlan = "要停止哪一项定期安排？请回复序号：";

    public static IReadOnlyList<string> EditableFields { get; } = [FieldTime, FieldPlace, FieldTopic];

    /// <summary>A member's status in 近期安排: their own record first; without one, what they can still do.</summary>
    public static string Status(AttendanceStatus? status, bool started, bool checkingIn) => (status, started, checkingIn) switch
    {
        (null, false, true) => "可以签到了",
        (null, true, true) => "进行中，可以签到",
        (null, true, false) => "进行中，签到已截止",
        _ => Status(status),
    };

    public static string NoneNamedAhead(string described) => $"近期没有{described}。";

    /// <summary>"你下周（11月30日至12月6日）没有会议。", "你本月（12月）没有党课。": a week or a month asked about with nothing in it.</summary>
    public static string NoneInPeriod(string period, MeetingKind? kind) =>
        $"你{period}没有{(kind is { } k ? MeetingKinds.ToChinese(k) : "会议")}。";

    /// <summary>"12月7日（星期一）没有会议。", "12月11日（星期五）没有党员大会。": a day asked about with nothing on it.</summary>
    public static string NoneOnDay(DateTimeOffset dayLocal, DateTimeOffset now, MeetingKind? kind) =>
        $"{Day(dayLocal, now)}没有{(kind is { } k ? MeetingKinds.ToChinese(k) : "会议")}。";

    /// <summary>"这周五有会吗" on a Sunday: said above the coming Friday's meetings.</summary>
    public static string ThisWeekDayLookedUpNextWeek(ThisWeekDayPassed.Suggestion passed) =>
        $"{passed.Said}（{passed.Day.Month}月{passed.Day.Day}日）已经过去了，下面按{passed.NextWeekSaid}（{passed.NextWeekDay.Month}月{passed.NextWeekDay.Day}日）查。";

    /// <summary>"12月2号开什么会" after the 2nd: the meetings held are in 往期会议.</summary>
    public static string DayAlreadyPast(DateTimeOffset dayLocal, DateTimeOffset now) =>
        $"{Day(dayLocal, now)}已经过去了，那天的会请发「往期会议」查看。";

    public static string Status(AttendanceStatus? status) => status switch
    {
        AttendanceStatus.CheckedIn => "已签到",
        AttendanceStatus.LeaveRequested => "请假待审批",
        AttendanceStatus.LeaveApproved => "请假已批准",
        AttendanceStatus.LeaveDenied => "请假未批准，请参加",
        _ => "待参加",
    };

    public static string CheckedIn(string described) => $"签到成功：{described}。";

    public static string AlreadyCheckedIn(string described, string at) => $"你已经签到过了：{described}（签到时间 {at}），无需重复签到。";

    public static string LeaveRequestNotice(string name, string described, string reason, int number) =>
        $"【请假申请 {number}】{name}申请不参加{described}。\n原因：{MarkdownText.Escape(reason)}\n请点下面的按钮审批。";

    public const string NoLeaveToWithdraw = "你近期没有待审批或已批准的请假，不需要撤销。发送「近期安排」查看你的会议。";

    public const string NoLeaveSubmittedOfferWithdraw = "好的，这次没有提交请假。如果要撤回之前已经提交的请假，请点「撤销请假」。";

    public const string AskWhichWithdraw = "你近期有几次会议请了假，要撤销的是哪一次？";

    public static string NoLeaveAtNamed(string described) =>
        $"你在「{described}」没有待审批或已批准的请假，所以没有撤销任何请假。发送「近期安排」查看你的会议。";

    public static string LeaveWithdrawn(string described) =>
        $"已撤销请假：{described}。已告诉书记你会参加，请按时参会，到场后发送「签到」。";

    public static string LeaveWithdrawnNotice(string name, string described, bool wasApproved) =>
        $"【撤销请假】{name}撤销了{described}的请假（{(wasApproved ? "原已批准" : "原待审批，无需再审批")}），将按时参加。";

    public static string LeaveSent(string described) => $"已提交请假申请：{described}。已通知书记审批，结果会告诉你。";

    /// <summary>Said to "签到 党课" when no such meeting of the member's is open or ahead: nothing is signed in to.</summary>
    public static string NoNamedCheckIn(string described, bool othersOpen) =>
        $"没有找到你要参加的「{described}」，所以没有签到。" + (othersOpen ? "要签到正在开放的会议，请只发「签到」。" : "发送「近期安排」查看你的会议。");

    /// <summary>"本周五的党课请个假" on a Sunday, with a 党课 next Friday: asked, with the request for that one as the button.</summary>
    public static string LeaveForNextWeek(ThisWeekDayPassed.Suggestion passed, string described) =>
        $"{passed.Said}（{passed.Day.Month}月{passed.Day.Day}日）已经过去了。你是要请{described.Replace(passed.Said, $"{passed.NextWeekSaid}（{passed.NextWeekDay.Month}月{passed.NextWeekDay.Day}日）的", StringComparison.Ordinal)}的假吗？是的话请点下面的按钮（点了才会提交）。";

    public static string NoNamedMeeting(string described) =>
        $"没有找到你要参加的「{described}」，所以没有提交请假。发送「近期安排」查看你的会议，或只发「请假 原因」。";

    public static string NoSuchLeave(string wanted) => $"没有编号或姓名为「{wanted}」的待审批请假申请（可能已经处理过）。发送「批准请假」查看待审批的申请。";

    public static string LeaveByPosition(int position, int number, string name, string described, bool approve) =>
        $"请假申请按方括号里的编号办理。列表第 {position} 条是 [{number}] {name} · {described}，要{(approve ? "批准" : "不批准")}这一条的话请点下面的按钮。";

    public static string AmbiguousLeave(string wanted) => $"「{wanted}」对应多条待审批的请假申请，请发送「批准请假」查看列表，再点对应的按钮。";

    public static string LeaveOutcome(string described, bool approved, string decider, string comment = "") => (approved
        ? $"你在{described}的请假已获批准（{decider}）。会后请按要求补学。"
        : $"你在{described}的请假未获批准（{decider}），请按时参加。如有困难请直接联系书记。") + Comment(comment);

    public static string LeaveDecided(string name, string described, bool approved, bool told, string comment = "") =>
        $"已{(approved ? "批准" : "不批准")}{name}在{described}的请假。" + Comment(comment) +
        (told ? $"已通知{name}。" : $"{name}尚未在聊天中加入，未能通知，请另行转告。");

    private static string Comment(string comment) => comment.Length == 0 ? string.Empty : $"\n审批意见：{MarkdownText.Escape(comment)}\n";

    public static string NoSuchNumber(int number) => $"没有序号 {number}。";

    public static string ConfirmCancel(string described) => $"确认取消{described}吗？取消后会通知参会人员。";

    public static string AskNewValue(string field) => $"新的{field}是什么？";

    public static string ConfirmEdit(string described, string field, string current, string value) =>
        $"将把{described}的{field}由「{current}」改为「{value}」，并通知参会人员。确认吗？";

    public static string RecentList(IReadOnlyList<string> labels, int number, string keyword) =>
        $"没有序号 {number}。最近召开的会议（序号 1 为最近一次）：\n{string.Join('\n', labels)}\n请发送「{keyword} 序号」。";

    public static string Attendance(string described, AttendanceSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var missing = summary.CheckInStillOpen ? "未签到" : "缺席";
        var expected = summary.AudienceCount - summary.OnLeave.Count;
        var counted = $"{(summary.CheckInStillOpen ? "已签到" : "出席")} {summary.Attended.Count}/{expected}" +
            (summary.OnLeave.Count > 0 ? $"，请假 {summary.OnLeave.Count} 人不计入" : string.Empty);
        var text = $"{described}的签到情况{(summary.CheckInStillOpen ? "（签到进行中）" : string.Empty)}：\n" +
            $"应到 {summary.AudienceCount} 人，实到 {summary.Attended.Count} 人，请假 {summary.OnLeave.Count} 人，" +
            (summary.LeavePending.Count > 0 ? $"请假待审批 {summary.LeavePending.Count} 人，" : string.Empty) +
            $"{missing} {summary.Absent.Count} 人，" +
            (summary.CheckInStillOpen ? counted : $"出席率 {summary.AttendanceRateText}（{counted}）") +
            $"\n已签到（{summary.Attended.Count}）：{NamesOrNone(summary.Attended)}" +
            $"\n请假（{summary.OnLeave.Count}）：{NamesOrNone(summary.OnLeave)}";
        if (summary.LeavePending.Count > 0)
        {
            text += $"\n请假待审批（{summary.LeavePending.Count}）：{NamesOrNone(summary.LeavePending)}";
        }

        return text + $"\n{missing}（{summary.Absent.Count}）：{NamesOrNone(summary.Absent)}";
    }

    public static string AskMinutes(string described) => $"请输入{described}的会议记录内容：";

    public static string MinutesSaved(string described, int length) => $"已保存{described}的会议记录（{length}字）。";

    public static string LedgerScopeUnknown(string text) =>
        $"没有看懂「{text}」。可以这样查台账：「台账」（今年）、「台账 2026」、「台账 2026年第四季度」、「台账 本季度」、「台账 本季度 党课」。";

    /// <summary>Said before the whole 台账 when the kind asked about has no required count (支委会 by default).</summary>
    public static string LedgerHasNoRuleFor(string kindName) => $"台账没有设置{kindName}的召开次数要求，下面是全部台账。\n";

    public static string PlanStopped(string described) => $"已停止定期安排：{described}。已创建的会议不受影响。";

    /// <summary>
    /// How many names one list of 签到情况 shows in chat. A large audience (a 党委's meeting) would otherwise make one
    /// message of every name, unreadable on a phone and over channels' message size limits (Teams about 28 KB); the
    /// console's 会议 page lists everyone.
    /// </summary>
    public const int NamesShownPerList = 100;

    private static string NamesOrNone(IReadOnlyList<BranchBot.Core.Membership.Member> members) => members.Count switch
    {
        0 => "无",
        <= NamesShownPerList => Names(members),
        _ => $"{Names(members.Take(NamesShownPerList))}等 {members.Count} 人（完整名单见控制台的「会议」页）",
    };
}
