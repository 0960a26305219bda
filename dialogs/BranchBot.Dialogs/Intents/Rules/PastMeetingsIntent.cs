using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "上次党课讲的啥", "会议纪要在哪看", "我没去的那次会说了什么", "我今年缺了几次会", "我上个月开会缺了几次": 往期会议, the member's own meetings
/// already held. How meetings should be held in general stays with the knowledge base; writing minutes is 会议记录.
/// </summary>
public sealed partial class PastMeetingsIntent : IIntentRule
{
    public string Command => "往期会议";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (!(AboutOneHeld().IsMatch(text) || WhereMinutes().IsMatch(text) || OwnCatchUp().IsMatch(text) || OwnRecord().IsMatch(text))
            || Rules().IsMatch(text) || Others().IsMatch(text))
        {
            return null;
        }

        var line = Command;
        if (MeetingKinds.TryFind(text, out var kind, out _, out _))
        {
            line += " " + MeetingKinds.ToChinese(kind);
        }

        // "我的出勤情况" is one's own record, which the committee's 签到情况 reading of 出勤情况 must not take.
        var confidence = OwnRecord().IsMatch(text) ? 0.9 : 0.85;
        return new IntentMatch(Command, line + PastMeetingWords.ForCommandLine(text), IntentEffect.Read, confidence, new Dictionary<string, string>());
    }

    /// <summary>A meeting already held (上次…, 我没去的那次…) and what it covered.</summary>
    [GeneratedRegex(@"((\d{1,2}(日|号)|周[一二三四五六日天]|星期[一二三四五六日天])(开|召开)(过)?的|上一?次|上一?回|上周|上星期|上个?月|前几天|前两天|昨天|前天|之前的|以前的|往期|刚开的|刚才的|那次|那天|(没去|没参加|没能参加|缺席|缺了|错过|请假)的(那次|那个|那场)?).{0,6}(会|党课|主题党日|党日活动|组织生活|学习|活动).{0,8}((讲|说|学|讨论|传达|布置|研究|通报|决定|搞|干)了?(些|的是|的)?(什么|啥|哪些|点啥)|内容|主题|精神|记录|纪要)")]
    private static partial Regex AboutOneHeld();

    /// <summary>Where to read minutes or past meetings.</summary>
    [GeneratedRegex(@"(会议记录|会议纪要|纪要|会议内容|往期的?会议|历史会议|以前的会议?|开过的会|之前的会议?|上次的会议?)的?.{0,4}(在哪|哪里|哪儿|去哪|怎么看|怎么查|能看|能不能看|可以看|看看|瞅瞅|瞧瞧|查看|看一下|看下|发我|发一下|给我看|有吗|有没有)")]
    private static partial Regex WhereMinutes();

    /// <summary>"我上次没去，要补学什么": the member's own 补学 needs the meeting missed.</summary>
    [GeneratedRegex(@"补学.{0,3}(什么|啥|哪些|内容)|(我|俺).{0,12}(没去|没参加|缺席|缺了|错过).{0,10}(补学|补课)")]
    private static partial Regex OwnCatchUp();

    /// <summary>"我的出勤情况", "我今年缺了几次会": one's own attendance record.</summary>
    [GeneratedRegex(@"^(我|俺)的?(出勤|参会|到会)(情况|记录|率)|^(我|俺)(今年|近一年|这一年|这半年|最近|这个?季度|本季度|上个?季度|这个月|本月|上个?月)?(开会|的会|会议)?(一共|总共)?(参加|缺|缺席|请假|请|没去|没参加)(了|过)?(几次|多少次|几回|多少回|哪些|哪几次|哪几回)(会|假)?|^(上个?月|这个月|本月|今年|上周|这周|本周)(一共|总共)?(开|开过|召开)了?(几次|多少次|哪些|几个)(会)|^(我|俺)(今年|近一年|最近|以前|之前|这半年|这一年)?(有没有|是不是|有)?(缺|缺席|漏|落下|错过|没去)(过|了)(会|几次会|哪次会|哪些会|会议)?(吗|没有|没|么)?$|^(我|俺)的?(考勤|出勤)(怎么样|咋样|如何)?$")]
    private static partial Regex OwnRecord();

    [GeneratedRegex(@"一般|规定|应当|应该|必须|要求|流程|程序|条例|多久|每月|每季度|为什么|什么是|什么意思|谁来|由谁")]
    private static partial Regex Rules();

    /// <summary>Writing minutes, the coming meetings, the committee's attendance of others.</summary>
    [GeneratedRegex(@"录入|录一下|补录|写一下|上传|整理|登记|下次|下一次|下周|下个月|明天|后天|这次|本次|签到情况|出席情况|谁没|哪些人|多少人")]
    private static partial Regex Others();
}
