using BranchBot.Core.Meetings;
using System.Text.RegularExpressions;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "最近有什么会", "明天有会吗", "党员大会什么时候开", "党课几点结束": 近期安排. Questions about rules stay with the knowledge
/// base. "那个会在哪开来着", "这次会开多久" ask about the meeting in focus (<see cref="MeetingInFocus"/>); a question about the
/// end or the length is passed on (<see cref="UpcomingCommand.EndWord"/>) so the answer leads with it.
/// </summary>
public sealed partial class UpcomingIntent : IIntentRule
{
    public string Command => "近期安排";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Read(input) is not { } reading)
        {
            return null;
        }

        // "几点结束？", "在哪开来着" right after a meeting was shown ask about that one; "最近有什么会" still asks about all.
        var endAsked = EndAsked().IsMatch(input.Clean);
        var end = endAsked ? UpcomingCommand.EndWord : string.Empty;
        var aboutOne = endAsked || AboutOneMeeting().IsMatch(input.Clean);
        if (await MeetingInFocus.ReadAsync(input.Clean, NamedMeeting.Read(input.Clean, input.Now, input.Zone), input, aboutOne, cancellationToken) is { } focused)
        {
            return reading with { CommandLine = IntentText.Squeeze($"{Command} {focused.Described} {end}") };
        }

        return end.Length == 0 ? reading : reading with { CommandLine = IntentText.Squeeze($"{reading.CommandLine} {end}") };
    }

    private IntentMatch? Read(IntentInput input)
    {
        var text = input.Clean;
        // "我那个请假批了吗", "我签到了吗", "我的请假": one's own leave or check-in is shown with one's meetings (each with
        // the member's status: 请假待审批, 已批准…), though 请假 or 签到 is named.
        if (!LeaveStatus().IsMatch(text) && !AsksWhetherOwnLeaveWasApproved(input) && !IntentText.AsksOwnCheckIn(text) && ((!Asks().IsMatch(text) && !EndAsked().IsMatch(text)) || IntentText.AsksAboutRules(EndAsked().Replace(text, string.Empty)) || Others().IsMatch(text)))
        {
            return null;
        }

        // "党课在哪上", "党员大会什么时候开", "周五有会吗", "下周有啥会": the meetings of the kind, the one day or the week or
        // month named ("近期安排 党课", "近期安排 周五", "近期安排 下周").
        var kindSaid = MeetingKinds.TryFind(text, out var kind, out _, out _) ? MeetingKinds.ToChinese(kind) : string.Empty;
        var daySaid = OneDay().Match(text) is { Success: true } day ? day.Value : MeetingPeriod.WordsIn(text);
        var line = IntentText.Squeeze($"{Command} {daySaid}{kindSaid}");
        return new IntentMatch(Command, line, IntentEffect.Read, 0.85, new Dictionary<string, string>());
    }

    [GeneratedRegex(@"(有|开|安排了?|要开)(什么|啥|哪些|几个|几场)(会|会议|党课|活动|安排)|(会|会议|党课)(是|在)?(什么时候|啥时候|什么时间|哪天|几号|几点)|(有哪些|有什么)(会|会议)要(参加|开)|参加(什么|哪些|啥)(会|会议)|有(没有)?(要开的|要参加的|需要参加的|得参加的|要去的)?(会|会议|党课|活动|组织生活会?|主题党日|党日活动|支委会|党员大会|支部大会|党小组会)(吗|么|没|啊|不)?$|(开会|会上|党课|党员大会|支委会|党小组会|主题党日)(要|需要|得)?带(什么|啥|些什么|点啥)|有(会|会议)要开|什么时候(开会|开|召开|上党课)|(几点|哪天|什么时间|啥时候)(开会|开|召开|开始)|(我的|近期的|最近的|接下来的|下周的|本周的|这周的)(会|会议)|会议(安排|日程)|日程安排|要开会吗|开会吗|开不开会|在哪(里|儿)?开|开会(是)?(哪天|什么时候|几点|啥时候)|^(看看|看下|看一下|查查|查一下|查看)?(近期|最近的?)(安排|会议)$|开会(不|没)$|(下次|下一次|这次|本次|这个月|本月|下个月|这周|本周|下周|明天|后天|今天|今晚|周[一二三四五六日天])的?(党员大会|支委会|党小组会|党课|主题党日|党日活动|组织生活会|会议|会|活动)((讲|学|搞|干|开|是|有|学习)(些)?(什么|啥|哪些)|的?(主题|内容)(是)?(什么|啥))|(会|会议|开会|党课|党员大会|支委会|党小组会)的?(地点|会场|会议室|地方)(在|是)?(哪|什么地方)|(会|会议|党课)在哪(里|儿)?(开|上|举行)?$|(开会|会|党课|党员大会|支委会|党小组会)我?还(用|要|需要|得)(去|参加)(吗|么|不|没)|有会(不|没)$|(最近|近期|这周|下周|近来|这几天)的?(安排|日程|会议安排)(发|给)?(我)?(看看|一下|看一下)?$")]
    private static partial Regex Asks();

    /// <summary>
    /// "党课几点结束", "这次会开多久", "要开多长时间": the end or the length of a meeting. "支委会多久开一次", "党课多长时间讲
    /// 一次", "支委会多久换届" ask how often or when, a rule, and are left to the knowledge base: the length asked ends the sentence.
    /// </summary>
    [GeneratedRegex(@"(几点|什么时候|啥时候|几时|何时)(能|才|可以|会)?(结束|散会|散|开完|完事|完)|(结束|散会)(是|在)?(几点|什么时候|啥时候)|(会|会议|党课|党日|大会|支委会|开|它)(要|得|大概|大约|预计)?(开)?(多久|多长时间|多长|几个?(小时|钟头))(?=[啊呀吗呢哈]*($|[，,。？?!！\s]))")]
    private static partial Regex EndAsked();

    /// <summary>"在哪开来着", "几点开始", "主题是什么": a question about one meeting, which names none when it answers a notice.</summary>
    [GeneratedRegex(@"在哪(里|儿)?(开|上|举行)|(地点|会场|地方)(在|是)?(哪|什么地方)|几点(开|开始)|什么时候开|哪天开|(主题|内容)(是)?(什么|啥)|带(什么|啥)")]
    private static partial Regex AboutOneMeeting();

    /// <summary>One day, as 近期安排 reads it: 今天, 明天, 后天, 周五, 下周三, 12月9日, 9号 (not "下周" or "这个月").</summary>
    [GeneratedRegex(@"大后天|今天|明天|后天|(这|本|下)?(周|星期|礼拜)[一二三四五六日天]|\d{1,2}月\d{1,2}(日|号)|(?<![\d月])\d{1,2}(号|日)")]
    private static partial Regex OneDay();

    /// <summary>
    /// "书记批了没", "批了没有啊", "审批结果出来没": said by anyone but the 书记 (who does the approving), a bare question
    /// whether something was approved is the member asking after their own leave, the only thing a member asks the
    /// branch to approve here. "入党申请批了没" names another thing and is not read.
    /// </summary>
    private static bool AsksWhetherOwnLeaveWasApproved(IntentInput input) =>
        input.Sender?.IsSecretary != true && BareApprovalAsked().IsMatch(input.Clean.Replace(" ", string.Empty, StringComparison.Ordinal));

    [GeneratedRegex(@"^(那个|我的?|我那个)?(书记|支书|领导|那边|上面)?(给我)?((批|准|审批|同意|通过)(下来|好)?(了(没有|没|吗|没呢|没啊)|(没有|没|没呢|没啊))|批没批|准没准)(啊|呀|呢|哈)?$|^(我的?|我那个)?(审批|批复)(结果|意见)?(出来|下来)?了?(没有|没|吗|没呢)(啊|呀|呢)?$")]
    private static partial Regex BareApprovalAsked();

    [GeneratedRegex(@"假(书记|支书|领导|那边)?(给我)?(批|准|审批|通过)(下来|好)?了(没有|没|吗|没呢)|假(批|准)(下来|好)?了?(没有|没|吗)|假(怎么|咋)?(还|都)?(没有|没)(被)?(批|准|通过|审批)|请假(批|通过)了(没有|没|吗)|请假(状态|结果)|^(看看|看下|看一下|查查|查一下|查看|我要看)?我(的|请的)请?假(记录|情况|申请|列表|单)?(呢|咋样了|怎么样了|怎样了)?$|(请|的|那个)假(有|出)?(结果|消息|回音|回复|下文)了?(吗|没有?|呢)?$|^(看看|看下|看一下|查查|查一下|查看)?(我的)?请假(记录|申请|列表)$")]
    private static partial Regex LeaveStatus();

    [GeneratedRegex(@"没开|还差|开够|开齐|达标|推|挪|调|延|作为|得参加|必须参加|应该参加|需要参加|入党|转正|预备党员|发展党员|党费|组织关系|流动党员|平时|签到|请假|改到|改成|取消|安排一?(个|次)?(会|支委会|党员大会)")]
    private static partial Regex Others();
}
