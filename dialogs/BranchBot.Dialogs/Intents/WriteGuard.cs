using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// The one place that decides whether a reading that writes (at once or after its preview) may stay sure: only when
/// every slot it carries was read with certainty and the sentence asks for the command now (<see cref="RequestMood"/>).
/// Otherwise it is only likely, so the member is asked "你是想…吗？" and nothing is previewed or offered as sure. A
/// sentence that asks for a second thing ("请假，顺便把支委会改到五楼") is never sure: one reading would drop the other.
/// </summary>
public static partial class WriteGuard
{
    /// <summary>Below <see cref="IntentRecognizer.RunThreshold"/>, above <see cref="IntentRecognizer.AskThreshold"/>.</summary>
    public const double InDoubt = 0.7;

    public static async ValueTask<IntentMatch> ReviewAsync(IntentMatch reading, IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(input);
        if (reading.Effect == IntentEffect.Read || reading.Confidence < IntentRecognizer.RunThreshold)
        {
            return reading;
        }

        var doubted = reading.Guessed.Count > 0 || !RequestMood.AsksNow(IntentText.FromRequestAfterReason(input.Clean), reading.Command) || RequestMood.EndsAsQuestion(input.Text, input.Clean) || SecondRequest().IsMatch(MeetingCommands.Contains(reading.Command) ? IntentText.WithoutAudienceNotice(input.Clean) : input.Clean)
            || (RequestMood.IsOwn(reading.Command) && await NamesSomeoneElseAsync(input, cancellationToken))
            || (reading.Slots.ContainsKey(IntentSlots.Name) && reading.Command != "添加党员" && await NamesTwoMembersAsync(input, cancellationToken))
            || (reading.Command is not ("广播" or "记录谈心") && (PassesOnWhatOthersSaid().IsMatch(input.Clean) || await PassesOnWhatAMemberSaidAsync(input, cancellationToken)))
            || (reading.Slots.ContainsKey(IntentSlots.Name) && await TellsWhatAMemberWantsAsync(input, cancellationToken))
            || TakesBackOrPutsRight(input.Clean, reading.Command) || SelfCorrection.LeftUnresolved(input.Clean);
        return doubted ? reading with { Confidence = InDoubt } : reading;
    }

    /// <summary>
    /// "安排支委会下周二晚七点，顺便把周五那个取消": a typed command followed by a second request would take that request as
    /// its own argument (a place, a reason), so it is asked rather than run as typed.
    /// </summary>
    public static bool AsksForASecondThing(string clean, string command)
    {
        ArgumentNullException.ThrowIfNull(clean);
        return SecondRequest().IsMatch(MeetingCommands.Contains(command) ? IntentText.WithoutAudienceNotice(clean) : clean);
    }

    /// <summary>
    /// "帮我请下周三的假 算了 不请了", "请假理由写错了 不是出差是培训": a request taken back in the same breath, or something
    /// done before said to be wrong, asks for no write now (a typed keyword at the start included).
    /// </summary>
    /// <remarks>
    /// A command that itself stops or takes something back ("那个提醒不用再发了 停掉", "算了，周五的会取消") is what the
    /// words ask for, and 修改会议 is how a meeting said wrongly is put right ("支委会时间写错了，应该是晚上8点"): its
    /// preview shows the change before anything is written. 撤回 is how a notice written wrongly is taken back ("通知时间写错了
    /// 撤掉"), offered as a button.
    /// </remarks>
    public static bool TakesBackOrPutsRight(string clean, string command)
    {
        ArgumentNullException.ThrowIfNull(clean);
        return (!StopsSomething.Contains(command) && TakenBack().IsMatch(clean)) || (command is not ("修改会议" or "撤回") && DoneWrong().IsMatch(clean))
            || (AlreadyDone.TryGetValue(command, out var done) && done.IsMatch(clean));
    }

    /// <summary>
    /// "交党费 哦我这个月已经交过了", "签到 我早就签上了": one's own act said to be done already asks for it no more. (收党费 is
    /// the committee recording what a member says is paid, so "已经交了" is its content, not a taking back; so is a member's
    /// own "党费已经交了" with no request to pay before it, which 交党费 reports.)
    /// </summary>
    private static readonly Dictionary<string, Regex> AlreadyDone = new()
    {
        ["交党费"] = AlreadyPaid(),
        ["签到"] = AlreadySignedIn(),
        ["请假"] = AlreadyOnLeave(),
    };

    [GeneratedRegex(@"(交党费|交一下|交下|交个|要交|想交|去交).{1,12}?(已经|早就|早都|早)(都)?(交|缴)(过|了|完|齐)")]
    private static partial Regex AlreadyPaid();

    [GeneratedRegex(@"(已经|早就|早都)(都)?签(过|了|上)")]
    private static partial Regex AlreadySignedIn();

    [GeneratedRegex(@"(已经|早就|早都)(都)?请(过|了)(假)?")]
    private static partial Regex AlreadyOnLeave();

    private static readonly HashSet<string> StopsSomething = ["取消会议", "停止定期广播", "撤回", "撤销请假", "移除党员", "不批准请假"];

    /// <summary>The commands whose 确认 tells the meeting's audience by itself.</summary>
    private static readonly HashSet<string> MeetingCommands = ["安排", "修改会议", "取消会议"];

    /// <summary>"刘洋周五请假" said by 王书记: a member's own request that names another member is about them.</summary>
    /// <remarks>"书记你好我是陈静，…请个假": the name a member opens with to say who they are names nobody else.</remarks>
    private static async ValueTask<bool> NamesSomeoneElseAsync(IntentInput input, CancellationToken cancellationToken) =>
        await input.MemberNamedAsync(IntentText.WithoutSelfIntroduction(input.Clean, await input.MemberNamesAsync(cancellationToken)), cancellationToken) is { } name && name != input.Sender?.Member?.Name;

    /// <summary>"把陈静的支委给刘洋": two members named, so which one the command is about is a guess.</summary>
    private static async ValueTask<bool> NamesTwoMembersAsync(IntentInput input, CancellationToken cancellationToken)
    {
        var named = (await input.MemberNamesAsync(cancellationToken)).Where(name => input.Clean.Contains(name, StringComparison.Ordinal)).ToList();
        return named.Count(name => !named.Any(other => other.Length > name.Length && other.Contains(name, StringComparison.Ordinal))) > 1;
    }

    /// <summary>
    /// "王芳讲支委会改到周六了", "张丽华跟我说想当支委": what a member said is passed on, not asked for ("跟刘洋说一下…"
    /// asks the bot to tell them, and "陈静讲党课", "…，陈静讲" say who speaks at a meeting: no report). In a talk record
    /// what the member said is what is recorded.
    /// </summary>
    private static async ValueTask<bool> PassesOnWhatAMemberSaidAsync(IntentInput input, CancellationToken cancellationToken) =>
        // Only names in the sentence get their pattern: one per roster name would be built on every write read.
        !AskedForThem().IsMatch(input.Clean) && (await input.MemberNamesAsync(cancellationToken)).Where(name => input.Clean.Contains(name, StringComparison.Ordinal)).Any(name => Regex.IsMatch(
            input.Clean, $"(?<!跟|和|对|给|告诉|通知|让|叫){Regex.Escape(name)}(跟我|和我|对我|给我)?(说|讲(?![党课话座解授学]|$|[,，\\s])|提到|反映|告诉我)(?!一下|下|声)", RegexOptions.None, TimeSpan.FromSeconds(1)));

    /// <summary>
    /// "陈静想当支委", "王芳想换个党小组", "刘洋希望调到第二党小组": what a member wishes is told, not decided; the committee
    /// is asked whether to do it ("刘洋想换手机，给他重发邀请码" asks for them and stays sure).
    /// </summary>
    private static async ValueTask<bool> TellsWhatAMemberWantsAsync(IntentInput input, CancellationToken cancellationToken) =>
        !AskedForThem().IsMatch(input.Clean) && (await input.MemberNamesAsync(cancellationToken)).Where(name => input.Clean.Contains(name, StringComparison.Ordinal)).Any(name => Regex.IsMatch(
            input.Clean, $"{Regex.Escape(name)}(自己|本人)?(也|还|一直|很)?(想|希望|想要|打算|申请|要求|愿意)(?!办法)", RegexOptions.None, TimeSpan.FromSeconds(1)));

    /// <summary>
    /// "支委们都说周五晚上太晚了 想改到中午", "支委们商量了 想把支委会放到中午", "大家反映…", "有人说…": what a group said (or talked over) is passed on as it is by a named
    /// member; "跟大家说一声", "通知大家…" ask the bot to tell them and are no report. "区里说…", "上级要求…": what the
    /// organisation above said is passed on the same way ("街道的人说…", "我们小组长说让我…"); the 书记 decides what follows
    /// from it, and a member is asked whether they mean it themself.
    /// </summary>
    [GeneratedRegex(@"(?<!跟|和|对|给|告诉|通知|让|叫|提醒)(区里|上级|上面|上头|党委|街道|社区|组织上|领导|小组长|(?<!小)组长|联络员)(那边|的人|的同志|的领导|的干部|的工作人员|的)?(都|也)?(说|讲|要求)(?!一下|下$|下[吧呗,，\s]|声)|(?<!跟|和|对|给|告诉|通知|让|叫|提醒)(支委们|委员们|大家伙?儿?|大伙儿?|同志们|党员们|有人|好多人|好几个人|不少人|很多人|有同志|有几个人|他们|她们)(都|也|一直|老|总)?(在)?(说|讲|反映|提了?|觉得|嫌|抱怨|商量了|商量过|商量好了|合计了|讨论了)(?!一下|下|声)")]
    private static partial Regex PassesOnWhatOthersSaid();

    /// <summary>
    /// "王芳告诉我她换手机了，给她重发邀请码": the report is why the 书记 asks, and the request follows it; so too when the
    /// 书记 turns to the bot to do it ("…你就批了吧", "…你再帮着弄一个"), but not when the bot is what was said ("让你…").
    /// </summary>
    [GeneratedRegex(@"帮我|帮忙|麻烦|请你|给(他|她)|把(他|她)|为(他|她)|替(他|她)|(?<![让叫说讲])你(就|再|直接|赶紧|快|还是|也)?(帮|给|替|把|批)")]
    private static partial Regex AskedForThem();

    /// <summary>
    /// "帮我请下周三的假 算了 还是能去 不请了", "党费基数不用改了", "帮我交下党费哦不用了": a request taken back later in
    /// the sentence, or the command's own verb said as not needed, asks for nothing now.
    /// </summary>
    [GeneratedRegex(@"算了(?![,，\s]{0,2}(不开|别开|取消|撤))|(不|别)(请|签|交|改|设|加|发|批|录|记|补)了|还是(能|可以)(去|来|参加|赶到|赶上)|(不用|不必|不需要|用不着|无需|没必要)(再)?(改|交|请|签|发|设|调|加|批|补|记|录|换)|(?<=[\u4e00-\u9fa5])(哎|诶|欸|哦|噢|啊)?(不用|不要|不必)了(?!解)")]
    private static partial Regex TakenBack();

    /// <summary>
    /// "刚才签到签错会了", "请假理由写错了", "那笔党费记错人了": something done before was done wrong; which command puts it
    /// right (a second 签到 would not) is asked, never guessed.
    /// </summary>
    [GeneratedRegex(@"(签|写|记|填|点|输|录|打|弄|搞|交|批|设|请)错")]
    private static partial Regex DoneWrong();

    [GeneratedRegex(@"(顺便|另外|此外|还有|同时|然后)(再|也)?(帮我|帮忙|请你|麻烦|把|通知|告诉|签|改|取消|安排|发|给大家|提醒)")]
    private static partial Regex SecondRequest();
}
