using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Meetings;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "后天下午两点开个支委会", "在党员活动室，12月4日晚上七点，党小组会学习四中全会精神": 安排 for whoever may arrange
/// meetings, when the sentence names a kind and a day or time and asks nothing; the summary with 确认 follows.
/// </summary>
public sealed partial class ArrangeIntent : IIntentRule
{
    public string Command => MeetingRequestParser.Keyword;

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = MonthThenDay.Join(RequestFirst(IntentText.WithoutAudienceNotice(input.Clean), input));
        // "支委们在书记办公室碰一下研究年底民主评议的事": the committee meeting together is a 支委会, whatever its agenda names.
        text = Huddle().IsMatch(text) && !MeetingKinds.TryFind(AgendaKind().Replace(text, string.Empty), out _, out _, out _) ? Committee().Replace(text, "支委会 ", 1) : text;
        if (input.Sender is not { } sender || !ArrangeCommand.MayArrange(sender) || (IntentText.AsksAboutRules(text) && !Rhythm().IsMatch(text)))
        {
            return null;
        }

        // "要开个会": an arrangement asked for with nothing else; the guided dialog asks the rest.
        if (BareWish().IsMatch(text))
        {
            return new IntentMatch(Command, Command, IntentEffect.Previewed, 0.85, new Dictionary<string, string>());
        }

        // "帮我安排个党课，…", "请安排一下…的党课": the request's own words go, and they make it an arrangement by themselves.
        var opening = Opening().Match(text);
        var body = opening.Success ? text[opening.Length..].TrimStart(' ', ',', ':') : text;
        // "开个支部会": the branch's meeting without its kind is arranged too; the dialog asks which kind.
        if ((!MeetingKinds.TryFind(body, out _, out _, out _) && !MeetingKinds.TryFindBranchMeeting(body, out _, out _))
            || (opening.Success ? NotAnExplicitArrangement().IsMatch(body) : NotAnArrangement().IsMatch(PeriodNamesNoMeeting(AgendaKind().Replace(text, "议题")))
                || (ChineseDateTimeRecognizer.Recognize(NumericDates.Rewrite(text), input.Now, input.Zone).Status == DateTimeRecognitionStatus.NotFound && !HoldsOne().IsMatch(text))))
        {
            return null;
        }

        body = Loosened(KindAfterDe().Replace(LooseMonth().Replace(VaguePeriod().Replace(Wish().Replace(Subject().Replace(body, string.Empty), " "), " "), string.Empty), " "));
        // "党员大会 下午两点 开 下下周四": the day said after the time goes before it, and a verb standing alone is no place.
        body = TextNormalizer.CollapseSpaces(StrayVerb().Replace(Duration().Replace(TimeThenDay.Join(NumericDates.Rewrite(body), input.Now, input.Zone), " "), " ")).Trim();
        if (PlanRequestParser.Parse(body, input.Now, input.Zone) is { } plan)
        {
            return Planned(body, plan);
        }

        var request = MeetingRequestParser.Parse(body, input.Now, input.Zone);
        if (request.StartsAt is null && !opening.Success && !ArrangingVerb().IsMatch(text))
        {
            return null;
        }

        var slots = new SlotReading();
        if (request.Kind is { } kind)
        {
            // "…研究年底民主评议的事": a kind named only as the agenda's subject is a guess at the meeting's kind.
            slots.Put(IntentSlots.Meeting, MeetingKinds.ToChinese(kind), !AgendaKind().IsMatch(text) || MeetingKinds.TryFind(AgendaKind().Replace(text, string.Empty), out _, out _, out _));
        }

        // The date and time are certain when nothing left beside them still speaks of a time ("每月", "到11点", "月底").
        var rest = $"{(SlotShapes.IsPlace(request.Place) ? null : request.Place)} {request.Topic}";
        var whole = !SlotShapes.SpeaksOfTime(rest, input.Now, input.Zone) && !NamesTodayByWeekday(body, input);
        if (request.StartsAt is { } start)
        {
            // "党员大会 三点": a time without its day is today only by the reader's rule; the dialog asks which day.
            var daySaid = ChineseDateTimeRecognizer.Recognize(NumericDates.Rewrite(body), input.Now, input.Zone).Value?.Parts != DateTimeParts.TimeOnly;
            var local = TimeZoneInfo.ConvertTime(start, input.Zone);
            slots.Put(IntentSlots.Date, local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), whole && daySaid);
            slots.Put(IntentSlots.Time, local.ToString("HH:mm", CultureInfo.InvariantCulture), whole);
        }
        else if (request.TimeIssue is MeetingTimeIssue.Invalid or MeetingTimeIssue.Past)
        {
            slots.Doubt(IntentSlots.Date);
        }
        else if (NamedMeeting.Read(body, input.Now, input.Zone)?.Day is { } day)
        {
            slots.Put(IntentSlots.Date, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), whole);
        }
        else if (!whole)
        {
            slots.Doubt(IntentSlots.Date);
        }

        if (request.Place is { } place)
        {
            slots.Put(IntentSlots.Place, place, SlotShapes.IsPlace(place));
        }
        else if (SlotShapes.MentionsPlace(request.Topic))
        {
            slots.Doubt(IntentSlots.Place);
        }

        // "三楼会议室 五楼会议室": a second place where the topic would start leaves which one is meant to a question.
        if (request.Place is not null && request.Topic?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var next, ..] && SlotShapes.IsPlace(next))
        {
            slots.Doubt(IntentSlots.Place);
        }

        if (request.Kind is null or MeetingKind.GroupMeeting)
        {
            ReadGroup(slots, request.GroupName ?? (GroupNamed().Match(body) is { Success: true } named ? named.Value : null), body);
        }

        return slots.Match(Command, $"{Command} {body}", IntentEffect.Previewed, 0.85);
    }

    /// <summary>
    /// "这个月主题党日还没开 帮我安排一下 20号下午 社区服务中心 志愿服务": a request said after a clause that tells why is
    /// read from the request on; of the clause before it only the kind of meeting is kept (it is no place or topic). Words
    /// before the request that name a day or time are part of it and stay.
    /// </summary>
    private static string RequestFirst(string text, IntentInput input)
    {
        if (IntentText.SplitRequestAfterReason(text) is not var (before, request) || ArrangeRequest().Match(request) is not { Success: true } asked)
        {
            return text;
        }

        var after = request[asked.Length..].Trim(' ', ',', '，', ':', '：');
        if (after.Length == 0 || ChineseDateTimeRecognizer.Recognize(NumericDates.Rewrite(before), input.Now, input.Zone).Status != DateTimeRecognitionStatus.NotFound)
        {
            return text;
        }

        var kind = MeetingKinds.TryFind(before, out _, out var start, out var length) && !MeetingKinds.TryFind(after, out _, out _, out _)
            ? $"{before.Substring(start, length)} "
            : string.Empty;
        // Said as the plain verb, which the request's opening reads whoever was asked ("麻烦你给安排一下" → "安排一下").
        return $"{asked.Groups["verb"].Value}一下 {kind}{after}";
    }

    /// <summary>
    /// "第一党小组", "离退休党小组": the 党小组 of a 党小组会, as the dialog will look it up (and ask when no such group
    /// exists). A group said only by its number ("二组") is a guess at which one.
    /// </summary>
    private static void ReadGroup(SlotReading slots, string? group, string body)
    {
        if (group is not null)
        {
            slots.Certain(IntentSlots.Group, group);
        }
        else if (ShortGroup().Match(body) is { Success: true } shorthand)
        {
            slots.Put(IntentSlots.Group, shorthand.Value, certain: false);
        }
    }

    [GeneratedRegex(@"碰(一下|个头|一碰|下|头|个面)")]
    private static partial Regex Huddle();

    [GeneratedRegex(@"支委(们|几个|几位|班子)")]
    private static partial Regex Committee();

    /// <summary>"研究年底民主评议的事", "商量组织生活会方案": a kind of meeting that is what is talked over, not the meeting held.</summary>
    [GeneratedRegex(@"(研究|讨论|商量|商议|部署|筹备|准备|布置|谋划|关于)(一下|下)?[^，,\s]{0,4}?(支部党员大会|党员大会|支部大会|党小组会|党课|主题党日|组织生活会|民主评议党员|民主评议)")]
    private static partial Regex AgendaKind();

    /// <summary>"一个半小时", "两个钟头", "90分钟" standing alone: how long the meeting lasts, which the form asks, never its place.</summary>
    [GeneratedRegex(@"(?<=^|\s)(开|共|时长)?([一二两三四五六\d]{1,2}个半|半个|[一二两三四五六\d]{1,2}(个)?)(小时|钟头)(?=\s|$)|(?<=^|\s)\d{2,3}分钟(?=\s|$)")]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?<=^|\s)(开|开会|召开|举行|开始)(?=\s|$)|(?<=[点半分\d])开始(?=\s|$)")]
    private static partial Regex StrayVerb();

    /// <summary>"咱下周四弄个党课…", "我们支部明天…": who holds the meeting opens the sentence and is no part of it.</summary>
    [GeneratedRegex(@"^(咱们|咱|我们|俺们|俺|大家)(支部|党支部)?(?=\S)")]
    private static partial Regex Subject();

    /// <summary>"主题党日我想搞个参观 去革命纪念馆": the wish before what is done is the 书记's, no part of the topic or the place.</summary>
    [GeneratedRegex(@"(?<=^|\s|[,，]|会|党课|党日)(我|我们|咱们|咱|俺们|俺)?(想|打算|准备|计划)(搞|办|组织|弄|整)(个|一个|一次|一场|次)?(?=[\u4e00-\u9fa5])")]
    private static partial Regex Wish();

    [GeneratedRegex(@"第[一二三四五六七八九十\d]{1,3}(党)?小组(?!会|长)")]
    private static partial Regex GroupNamed();

    [GeneratedRegex(@"(?<![\u4e00-\u9fa5])[一二三四五六七八九十\d]{1,2}组(?![\u4e00-\u9fa5])")]
    private static partial Regex ShortGroup();

    /// <summary>
    /// "周三下午开个党小组会" said on a Wednesday: today or a week from today; which one is a guess, so it is asked.
    /// </summary>
    private static bool NamesTodayByWeekday(string body, IntentInput input)
    {
        var today = TimeZoneInfo.ConvertTime(input.Now, input.Zone).DayOfWeek;
        return PlainWeekday().Matches(body).Any(m => "日一二三四五六".IndexOf(m.Groups["day"].Value is "天" ? "日" : m.Groups["day"].Value, StringComparison.Ordinal) == (int)today);
    }

    [GeneratedRegex(@"(?<![下本这上今每])(周|星期|礼拜)(?<day>[一二三四五六日天])")]
    private static partial Regex PlainWeekday();

    /// <summary>"以后每月15号下午三点搞主题党日": a rhythm with its day and time is a 定期 arrangement, read as the command reads it.</summary>
    private IntentMatch Planned(string body, PlanRequest plan)
    {
        var slots = new SlotReading();
        if (plan.Kind is { } kind)
        {
            slots.Certain(IntentSlots.Meeting, MeetingKinds.ToChinese(kind));
        }

        if (plan.Time is { } time)
        {
            slots.Put(IntentSlots.Time, time.ToString("HH:mm", CultureInfo.InvariantCulture), plan.Problem is null && plan.DayOfMonth is not null);
        }

        if (plan.Place is { } place)
        {
            slots.Put(IntentSlots.Place, place, SlotShapes.IsPlace(place));
        }

        return slots.Match(Command, $"{Command} {body}", IntentEffect.Previewed, 0.85);
    }

    /// <summary>A rhythm with a day and a clock time, asked as nothing ("每月15号下午三点…", not "每月几号比较好").</summary>
    [GeneratedRegex(@"每个?(月|季度?)[^吗?？几哪什么怎]{0,8}(日|号)[^吗?？几哪什么怎]{0,6}([\d一二三四五六七八九十两]{1,3}(点|:))(?![^吗?？]*(吗|\?|？|比较好|合适|一般|规定|应该))")]
    private static partial Regex Rhythm();

    [GeneratedRegex(@"^(我们|咱们|支部|我)?(要|得|想|准备|打算)(开|安排|组织)(个|一个|一次|次)(会|会议)$")]
    private static partial Regex BareWish();

    /// <summary>"月底前开一次党小组会": a verb and a count before the kind arrange one, even without a day.</summary>
    [GeneratedRegex(@"(开|召开|组织|举行|安排)(一次|一个|个|一场)(支部党员大会|党员大会|支部大会|支委会|支部委员会|党小组会|党课|主题党日|组织生活会|民主评议党员|民主评议)")]
    private static partial Regex HoldsOne();

    /// <summary>
    /// "12.20下午3点社区服务中心搞主题党日", "开个党课吧，…", "加开一次支委会，二楼小会议室", "地点就在1号楼205": the
    /// kind is set apart with the verb and measure word before it, clause-final particles go, and "时间"/"地点就在"
    /// labels are reduced to what the parser reads, so no verb or particle is taken for the place.
    /// </summary>
    private static string Loosened(string body)
    {
        // "线上开", "支委会线上开": how it is held, then the verb; the place is 线上.
        body = OnlineThenVerb().Replace(body, string.Empty);
        var kind = KindWithVerb().Match(ClauseParticle().Replace(body, string.Empty));
        var apart = ClauseParticle().Replace(body, string.Empty);
        if (kind.Success)
        {
            // The kind leads, as in the typed command, so the day and the time of day around it meet again.
            // "开个线上支委会": online is where it is held; 临时 says nothing the form keeps.
            var online = kind.Groups["how"].Value is "线上" or "网上" or "视频" ? $" {kind.Groups["how"].Value} " : " ";
            apart = $"{kind.Groups["kind"].Value} {apart.Remove(kind.Index, kind.Length).Insert(kind.Index, online)}";
        }

        apart = FixedAt().Replace(GoingTo().Replace(apart, string.Empty), string.Empty);
        apart = TimeClause().Replace(PlaceLabel().Replace(TimeLabel().Replace(apart, string.Empty), "地点"), " ");
        apart = DayThenHour().Replace(TextNormalizer.CollapseSpaces(apart), string.Empty);

        // "下周二晚上在线上开…，7点开始": a clock time said apart goes back beside the part of the day it belongs to.
        var clock = LoneClock().Match(apart);
        var half = BareHalfDay().Match(apart);
        return clock.Success && half.Success && half.Index < clock.Index
            ? apart.Remove(clock.Index, clock.Length).Insert(half.Index + half.Length, clock.Groups["clock"].Value)
            : apart;
    }

    [GeneratedRegex(@"(搞|开|过|办|进行|(?<![晚早马线路])上|讲|召开|举行|举办|组织|加开|再开|开展|(整|弄|来)(?=个|一个|一次|一场))?(个|一个|一次|次|场|一场|一?堂|一?节)?(?<how>线上|线下|网上|视频|临时|紧急)?(?<kind>支部党员大会|党员大会|支部大会|支委会|支部委员会|党小组会|党课|主题党日活动|主题党日|组织生活会|民主评议党员|民主评议)")]
    private static partial Regex KindWithVerb();

    [GeneratedRegex(@"(?<=((?<![\u4e00-\u9fa5])|会|课|党日)(线上|线下|网上|视频))(开|召开|举行|进行)(?=\s|[,，]|$)")]
    private static partial Regex OnlineThenVerb();

    [GeneratedRegex(@"(?<=[一-龥])(吧|啊|哈|呀|呢|呗|嘛|啦)(?=\s|[,，]|$)")]
    private static partial Regex ClauseParticle();

    /// <summary>"下周五的党课，下午三点": a clause that is only a time of day belongs to the day before it.</summary>
    [GeneratedRegex(@"[,，]\s*(?=(上午|下午|晚上|早上|中午|傍晚)?[\d一二三四五六七八九十两]{1,3}(点|:))")]
    private static partial Regex TimeClause();

    [GeneratedRegex(@"(?<=\s)(?<clock>[\d一二三四五六七八九十两]{1,3}点(半|[\d一二三四五六七八九十]{1,3}分?)?)(开始|整)?(?=\s|$)")]
    private static partial Regex LoneClock();

    [GeneratedRegex(@"(上午|下午|晚上|早上|中午|傍晚)(?!\s*[\d一二三四五六七八九十两]{1,3}(点|:))")]
    private static partial Regex BareHalfDay();

    [GeneratedRegex(@"(?<=[日号天一二三四五六末]|[明今后]晚|[明今后]天|上午|下午|晚上|早上|中午|傍晚)\s+(?=上午|下午|晚上|早上|中午|傍晚|[\d一二三四五六七八九十两]{1,3}(点|:))")]
    private static partial Regex DayThenHour();

    /// <summary>"去革命纪念馆过主题党日": the 去 or 到 before a place is how one gets there, not part of it.</summary>
    /// <summary>"定在12月20日上午九点半", "就在一楼活动室": the verb that places a day or a room is not part of it.</summary>
    [GeneratedRegex(@"(?<=^|\s|[,，]|会)(就|还|也)?(定在|定于|安排在|放在)(?=\s*[上下中晚早今明后本这\d一二三四五六七八九十周星])|(?<=^|\s|[,，])(就|还|也)?(在|放在|定在)(?=[\u4e00-\u9fa5A-Za-z\d]{2,12}(馆|室|厅|中心|基地|广场|公园|学校|社区|楼|院|村|园)(\s|[,，]|$))")]
    private static partial Regex FixedAt();

    [GeneratedRegex(@"(?<=^|\s|[,，]|点|半|分|午|上)(去|到)(?![\d一二三四五六七八九十两]{1,3}\s*(点|:|：|时))(?=[\u4e00-\u9fa5A-Za-z\d]{2,12}(馆|室|厅|中心|基地|广场|公园|学校|社区|楼|院|村|园)(\s|[,，]|$))")]
    private static partial Regex GoingTo();

    [GeneratedRegex(@"地点((还是|还|就|也|仍然|依然|照旧)(在|是|定在|放在)?|(在|是|定在|放在))")]
    private static partial Regex PlaceLabel();

    [GeneratedRegex(@"(?<=^|[,，\s])时间(是|定在|为)?(?=\s*[上下中晚早今明后\d一二三四五六七八九十])")]
    private static partial Regex TimeLabel();

    [GeneratedRegex(@"^(请你?|麻烦你?|你)?(帮我|帮忙|给我|给)(?<verb>安排|组织)(一下|下)?(?!个|周|午|星期|礼拜|月)(?=[\s,，:：])")]
    private static partial Regex ArrangeRequest();

    [GeneratedRegex(@"^(请你?|帮我|麻烦(你)?|我)?(想|要|打算|准备|需要)?(帮我|给我)?(安排|组织(?!生活会)|召开|定(一下|下)|约|排)(一下|下(?!个|周|午|星期|礼拜|月)|个|一个|一次|次|场|一场)?")]
    private static partial Regex Opening();

    /// <summary>
    /// "月底前开一次党小组会", "这周找个时间开支委会": a period that names no day is neither a date nor a place; it goes,
    /// and the dialog asks for the day (one followed by a weekday, "月底找个周五", is a date the reader resolves) (but not one that is part of the topic: "讨论年底民主评议", "商量下年底评议的事"). So does a place referred back to ("老地方") or left open ("会议室待定"), which the
    /// form cannot hold.
    /// </summary>
    [GeneratedRegex(@"(?<!(讨论|研究|部署|总结|学习|筹备|准备|关于|布置|商量|商议|谋划|做好|开展|落实|推进|谈谈|说说|聊聊)(一下|下)?)(?>(这个?|本|下个?)?(月底|月初|月中旬|月中|月末|月上旬|月下旬|上旬|中旬|下旬|年底|年前|周内|星期内)(之?前|以前|左右|的时候)?的?)(?![\s的]*(找一?个|挑一?个|选一?个)?(第[一二三四五1-5]个|最后一个)?(周|星期|礼拜)[一二三四五六日天1-7])|(这|本|下)(周|星期|礼拜)(内|里)?找(个|一个)?(时间|日子)|(找|抽)(个|一个)?(时间|空)|(元旦|春节|国庆|五一|七一|十一|清明|端午|中秋)节?(之?前|以前|之?后|左右)|(临时|紧急)(?=(加开|再开|开|召开|组织|安排|搞))|(以后|今后|往后|从下个?月起)(?=每)|(?<=^|\s|[,，])(还是)?(在)?(老地方|原地方|老位置|原来的地方|老地点|原地点|还是那里)(?=\s|[,，]|$)|(?<=^|\s|[,，])(会议室|地点|地方|场地|会场)?(待定|另行通知|另定|再定|未定|稍后通知)(?=\s|[,，]|$)")]
    private static partial Regex VaguePeriod();

    /// <summary>"下个月的主题党日，12月20号…": a loose month before an exact date is not a second date.</summary>
    [GeneratedRegex(@"^(下个月|下月|这个月|本月|月底)的?(?=.*\d{1,2}(月|\.|/)\d{1,2})")]
    private static partial Regex LooseMonth();

    /// <summary>"下周五的支委会", "下午3点的党课": the 的 before the kind would glue it to the day or time.</summary>
    [GeneratedRegex(@"的(?=(支部党员大会|党员大会|支部大会|支委会|支部委员会|党小组会|小组会|党课|主题党日|组织生活会|民主评议))")]
    private static partial Regex KindAfterDe();

    /// <summary>
    /// "下个月的主题党日我想搞个参观 去革命纪念馆 定在18号下午吧": a period that names no day before the kind, with a wish to
    /// hold it, names no meeting already arranged (as "明天下午3点的党员大会" does); it says when the new one falls.
    /// </summary>
    private static string PeriodNamesNoMeeting(string text) =>
        WishToHold().IsMatch(text) ? PeriodOfKind().Replace(text, " ") : text;

    [GeneratedRegex(@"(?<=(^|\s|[,，])(下个?月|这个?月|本月|月底|年底|年前|下个?季度|这个?季度|本季度))的(?=(支部党员大会|党员大会|支部大会|支委会|党小组会|党课|主题党日|组织生活会))")]
    private static partial Regex PeriodOfKind();

    [GeneratedRegex(@"(想|要|准备|打算|计划|就)(搞|办|组织|安排|开)(个|一个|一次|一场)|(定在|安排在|放在|定到)(?=\s*[\d一二三四五六七八九十下本这周星])")]
    private static partial Regex WishToHold();

    /// <summary>After "安排…", still no arrangement: a question, leave, a change, or a meeting already held.</summary>
    [GeneratedRegex(@"吗|\?|什么|几点|哪|谁|多少|怎么|请假|改|调|挪|推迟|提前|取消|签到|补录|记录|谈心|广播|通知|开过|已经开|昨天|上周|上个月")]
    private static partial Regex NotAnExplicitArrangement();

    /// <summary>Without a time of day, only a verb of arranging makes "明天党员大会…" an arrangement.</summary>
    [GeneratedRegex(@"开|召开|安排|组织|举行|举办|开展|上党课|搞|办|定在|定到|放在")]
    private static partial Regex ArrangingVerb();

    /// <summary>
    /// Questions, leave, changes, notices and a meeting already named ("明天下午3点的党员大会记得带笔记本") are not
    /// arrangements.
    /// </summary>
    [GeneratedRegex(@"的(支部党员大会|党员大会|支部大会|支委会|支部委员会|党小组会|小组会|党课|主题党日|组织生活会|民主评议)|记得|别忘|带上|准时|吗|？|\?|什么|几点|哪天|哪里|去不了|来不了|参加不了|不能参加|请假|改|调|挪|换|广播|推迟|提前|取消|签到|通知|告诉|哪|谁|多少|怎么|是不是|有没有|记录|补录|已经开|开过|开了|昨天|上周|上个月")]
    private static partial Regex NotAnArrangement();
}
