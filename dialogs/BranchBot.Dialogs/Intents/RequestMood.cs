using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// Whether a sentence that names a command asks for it now, rather than talking about it: "我不请假了" (the command's
/// own verb negated), "如果下周三有事要请假吗" (a hypothetical), "上次我请过假" (a report of something done) and "老王
/// 还没签到" (someone else's 签到 or 请假) mention a command but ask for nothing.
/// </summary>
public static partial class RequestMood
{
    public static bool AsksNow(string text, string command)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Hypothetical().IsMatch(text) || HowTo().IsMatch(text) || StateAsked().IsMatch(text) || (Question().IsMatch(text) && !Polite().IsMatch(text))
            || Deferred().IsMatch(text) || Postponed().IsMatch(text) || Vented().IsMatch(text) || CannotSignIn().IsMatch(text) || Withdrawn().IsMatch(text)
            || (command is not ("广播" or "记录谈心") && (Hearsay().IsMatch(text) || Quoted().IsMatch(text)))
            || Promised().IsMatch(text) || TopicOnly().IsMatch(text)
            || (Verb(command) is { } verb && (Negated(text, verb) || Hedged(text, verb) || Habitual(text, verb) || (!Reported(command) && Done(text, verb)))))
        {
            return false;
        }

        return command switch
        {
            "请假" or "签到" => !Past().IsMatch(text) && !Others().IsMatch(text) && !Counting().IsMatch(text),
            "安排" or "修改会议" or "取消会议" or "设置角色" or "移除党员" or "设置党小组" or "批准请假" or "不批准请假" or "添加党员" => !Past().IsMatch(text),
            _ => true,
        };
    }

    /// <summary>
    /// Whether a sentence naming the command talks about it rather than asking for it now: everything
    /// <see cref="AsksNow"/> declines, and for every command a report of the past or a request made for someone else.
    /// </summary>
    public static bool TalksAbout(string text, string command)
    {
        ArgumentNullException.ThrowIfNull(text);
        return !AsksNow(text, command) || Past().IsMatch(text) || Others().IsMatch(text);
    }

    /// <summary>
    /// "把刘洋删了？", "党员大会 三点？": a message typed with a question mark at its end asks whether, not for, unless it
    /// is a request put politely as a question ("能帮我签个到吗？"). The clean text has lost the mark, so the typed one is read.
    /// </summary>
    public static bool EndsAsQuestion(string typed, string clean)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var end = typed.TrimEnd();
        return (end.EndsWith('?') || end.EndsWith('？')) && !Polite().IsMatch(clean ?? string.Empty);
    }

    /// <summary>签到 and 请假 are the sender's own: said of someone else, they are talk, not a request.</summary>
    public static bool IsOwn(string command) => command is "请假" or "签到";

    /// <summary>
    /// A negation right before the command's own verb (不请假, 不用签到, 别取消, 没改, 没说要签到) or closing it (取消不了了).
    /// </summary>
    private static bool Negated(string text, string verb) =>
        Regex.IsMatch(text, $"不是(要|想|说要)?({verb})|(不|别|甭|没|无需|用不着)(说|讲|让你|叫你)?(用|要|需要|必|想|打算|准备|再|有)?(再|去|先|给我|帮我)?({verb})|(不|别|甭)(用|要)?(再|先)?(把|将|给)[^，,。]{{1,8}}?({verb})|({verb})(就|也)?(不|别)(用|要)?(了|啦)?$|假(就|也)?不请", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>Commands that record what already happened (dues received, a talk held, a meeting held): said in the past by nature.</summary>
    private static bool Reported(string command) => command is "收党费" or "交党费" or "记录谈心" or "补录";

    /// <summary>
    /// "王芳的邀请码我昨天给过她了", "陈静已经设成支委了": the command's own verb said as done (过, or 已经 before it in the
    /// same clause) reports what happened, whichever command it is.
    /// </summary>
    private static bool Done(string text, string verb) =>
        Regex.IsMatch(text, $"({verb})[^，,。\\s]{{0,3}}?过(?!去|来|一下)|(已经|早就|早已|之前就|上午就|昨天就)[^，,。\\s]{{0,8}}?({verb})", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>"每次开会都请假", "老是要改时间": how things usually go around the command's own verb, not a request now.</summary>
    private static bool Habitual(string text, string verb) =>
        Regex.IsMatch(text, $"(老是|总是|每次|经常|动不动|每回|屡次)(都|又|要|得)?[^，,。]{{0,6}}?({verb})", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>"下周三我可能要请假", "支委会也许得往后推", "在考虑把党员大会改到五楼": not decided yet, so not asked for now.</summary>
    private static bool Hedged(string text, string verb) =>
        Regex.IsMatch(text, $"(可能|也许|或许|说不定|大概|估计|不一定|考虑(?!到)|琢磨|打算|计划)(还|就)?(要|会|得|需要|是)?.{{0,8}}?({verb})", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static string? Verb(string command) => command switch
    {
        "请假" => "请(个|一下|下)?假|告假",
        "签到" => "签到|签(个|一下)?到|打卡",
        "安排" => "安排|召开|组织|开(个|一个|一次)?会|开(?!始)",
        "修改会议" => "改|换|挪|调|推迟|提前|延|往后推|往前|推",
        "取消会议" => "取消|撤",
        "添加党员" => "加|添加|新增|录入",
        "设置角色" => "设|任命|改",
        "移除党员" => "移除|移出|删|去掉",
        "设置党小组" => "调|换|分|移|编",
        "邀请码" => "发|给|生成|重发|弄",
        "收党费" => "收|记|登记",
        "会议记录" => "补|写|整理|记",
        "交党费" => "交|缴",
        "广播" => "发|群发|广播",
        "催收" => "催",
        "撤回" => "撤回|撤",
        _ => null,
    };

    /// <summary>
    /// "转发：【通知】本周五…召开支委会", "陈静说：“下周三的会我去不了”", "组织委员转来的：…已收": words quoted or passed on
    /// are someone else's, not a request of the sender's (a text to broadcast is what 广播 sends).
    /// </summary>
    [GeneratedRegex(@"[“”「」『』""]|^(转发|转自|【转发?】|\[转发?\])|转来的[:：]|(原文|原话)[:：]")]
    private static partial Regex Quoted();

    /// <summary>"请假的事…", "签到那个事": the matter named as a topic, with nothing asked about it yet.</summary>
    [GeneratedRegex(@"^.{1,6}(的|这个?|那个?)(事|事情)(呢|吧|啊|哈)?[.…。]*$")]
    private static partial Regex TopicOnly();

    /// <summary>"周五支委会我到时候会签到的", "明天我会早点到会场签到": what the sender says they will do is a promise, not a request.</summary>
    [GeneratedRegex(@"(我|俺)(到时候|到时|届时|明天|后天|下周|回头|那天|当天|待会儿?|等会儿?)?(会|将)(?![场议上后儿])|到时候会")]
    private static partial Regex Promised();

    [GeneratedRegex(@"如果|假如|假设|万一|倘若|假使|若是|(^|[,，\s])要是|要不要|需不需要|用不用|该不该|是不是(得|要|应该)|(?<!这样|那样|这么说|不然|有空|方便|可以|有时间|不忙|不麻烦|需要|行)的话(?!题)")]
    private static partial Regex Hypothetical();

    /// <summary>
    /// A sentence that ends as a question ("…能请假吗", "…要签到吗") or asks one without 吗 ("是不是取消了", "…，行不行",
    /// where to find something: "签到码去哪找", who does it: "会议记录谁来写", whether it would: "催收会不会太打扰人").
    /// </summary>
    [GeneratedRegex(@"(吗|么|嘛)$|[?？]|是不是|有没有|对不对|对吧|行不行|好不好|可不可以$|成不成|在哪|哪里|哪儿|去哪|哪(找|看|查|拿|领)|会不会|谁(来|负责)|(啥|什么)(呀|啊|呢)?$")]
    private static partial Regex Question();

    /// <summary>"能约个谈心吗", "可以帮我签个到吗": a request put as a question.</summary>
    [GeneratedRegex(@"^(我)?(能|可以|可不可以|能不能|麻烦|请(?!假|个假|加)|帮)|帮我|给我|帮忙")]
    private static partial Regex Polite();

    /// <summary>
    /// "听说支委会要取消了", "老李说他请假", "陈静跟我说她签到了", "小周说想找书记谈谈": what someone else said is passed on,
    /// not asked for.
    /// </summary>
    [GeneratedRegex(@"听说|据说|听人说|有人说|说是|转告|(叫|让|托)我(告诉|跟你说|和你说)|[\u4e00-\u9fa5]{1,3}((?<!请|想|我|要|就)问|让我问问?|叫我问问?|托我问问?)(一下)?(能不能|可不可以|能否|可否|是不是|可以)|[\u4e00-\u9fa5]{1,3}(跟我|和我|对我)?说(他|她|自己)|(他|她)(们)?(说|讲)|(^|[,，\s])(小|老)(?![是说])[\u4e00-\u9fa5](同志)?(跟我|和我|对我)?说(?!过|好|一下|下|声)")]
    private static partial Regex Hearsay();

    /// <summary>"发广播怎么弄", "签到的事情我不太懂": how a command is used, which help answers.</summary>
    [GeneratedRegex(@"怎么(弄|用|发|操作|办|搞|做|写|填|整)|如何|咋(?!样)|不(太|大|是很)?(懂|明白|会用|清楚)(怎么(弄|用))?$")]
    private static partial Regex HowTo();

    /// <summary>"刘洋签到了没", "假批了没有": whether something has happened, not a request for it.</summary>
    [GeneratedRegex(@"(了|过)(没|没有|吗|么|不)$|(没有|没)[?？]?$")]
    private static partial Regex StateAsked();

    /// <summary>"刘洋的假先不批", "先别安排支委会", "暂时不发通知": held back for now, the opposite of asking now.</summary>
    [GeneratedRegex(@"(先|暂时|暂且|暂|还是先|姑且)(不|别|甭|不要|不用|没必要)(急着|着急)?(批|准|驳回|拒|安排|发|通知|加|添加|删|移除|设|改|签|请假|调)")]
    private static partial Regex Deferred();

    /// <summary>
    /// "等我确定了再请假", "签到等会儿再说": put off until something else has happened, so not asked for now.
    /// </summary>
    [GeneratedRegex(@"(等|待)[^，,。]{0,8}?再(说|议|定|请|签|发|改|弄|办|看|加|删|批|安排|通知|取消)")]
    private static partial Regex Postponed();

    /// <summary>"刘洋又没来，把他删了算了": a verb said in annoyance and shrugged off with 算了 is venting, asked back first.</summary>
    [GeneratedRegex(@"了算了$")]
    private static partial Regex Vented();

    /// <summary>
    /// "请假的事算了，我能去", "签到就算了": a request given up is the opposite of asking for it now ("算了，周五的会取消"
    /// gives up something else and asks for the cancel).
    /// </summary>
    [GeneratedRegex(@"(的事|这事|那事|的事情)(就|也|还是)?算了|(就|也)算了|作罢")]
    private static partial Regex Withdrawn();

    /// <summary>"签到老是签不上", "我好像签不上": check-in failing is a complaint, not a request.</summary>
    [GeneratedRegex(@"签不上|签不进去|签不了到")]
    private static partial Regex CannotSignIn();

    /// <summary>"这次会有几个请假的": counting others, not one's own request.</summary>
    [GeneratedRegex(@"几个|几位|几人|多少|哪些|谁")]
    private static partial Regex Counting();

    /// <summary>A meeting or a request already behind: 上次, 昨天, 已经请过, 签过到, "本来想请假的，后来还是去了" (a plan given up).</summary>
    [GeneratedRegex(@"上次|上回|昨天|前天|上周|上星期|上礼拜|上个月|去年|那次|(本来|原本|本想|原来)想?.{0,10}(后来|结果)|(签到|请假|请了假)过|已经(请|签|取消|改|安排|开过|批|准|同意|加|添加|删|移除)|(请|签|改|取消|安排|批|加|删)过")]
    private static partial Regex Past();

    /// <summary>
    /// Someone other than the sender asks or is asked about: a pronoun or 老王 just before the request ("老王请假了",
    /// "他还没签到"), or the request made for them ("帮刘洋请个假", "替他签个到").
    /// </summary>
    [GeneratedRegex(@"(他|她|别人|人家|其他人|其他同志|大家|老[王张李刘陈杨赵黄周吴徐孙胡朱高林何郭马罗])(们)?.{0,4}(请假|请了假|请个假|签到|签了|打卡)|(帮|替|代|给)(他|她|别人|人家)|(帮|替|代|给)(?!我|忙|咱|俺|您|你|书记|支部|组织|领导)[\u4e00-\u9fa5]{2,3}?(请|签|打卡)")]
    private static partial Regex Others();
}
