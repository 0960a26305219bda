using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "看下今年的三会一课台账", "本季度台账达标了吗", "三会一课完成得怎么样", "这个季度党课开了没", "这个月还差什么会没开",
/// "今年党课开够了吗", "这季度党课上了没": 台账 with the period named, and the kind when one is named.
/// </summary>
public sealed partial class LedgerIntent : IIntentRule
{
    public string Command => "台账";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        // "今年还差几次党课", "支委会今年开了几次": how many were held or are missing in a period of the branch's own asks
        // for its 台账, though "几次" alone ("党课一年开几次") asks the rules.
        if (!Asks().IsMatch(text) || (IntentText.AsksAboutRules(text) && !CountedSoFar().IsMatch(text)) || NotTheLedger().IsMatch(text))
        {
            return null;
        }

        var period = Period().Match(text);
        var line = period.Success ? $"{Command} {period.Value}" : Command;
        if (MeetingKinds.TryFind(text, out var kind, out _, out _))
        {
            // "这个季度党课上了没": that kind's rows only.
            line += " " + MeetingKinds.ToChinese(kind);
        }

        return new IntentMatch(Command, line, IntentEffect.Read, 0.85, new Dictionary<string, string>());
    }

    [GeneratedRegex(@"台账|三会一课.{0,8}(完成|达标|落实|情况|开够|开齐|缺|够数|够不够)|(还差|还缺|差了|缺了|漏了|落下)(什么|哪些|啥|哪个|几个)(会|会议)|(党课|党员大会|支委会|党小组会|主题党日|组织生活会|会|会议)(都)?(开够|开齐)了?(吗|么|没|没有)?$|(会|会议)(开够|开齐|达标)|(哪些|哪个)(会|会议)(还)?没(开|达标)|达标情况|(党课|党员大会|支委会|党小组会|主题党日|组织生活会|民主评议).{0,3}(开|召开|举行|搞|上|讲)(过了|了|过)(没|吗|么|没有|几次)|(党课|党员大会|支委会|党小组会|主题党日|组织生活会|民主评议).{0,3}(开没开|开了几次|开过几次)|(还差|还缺)(几次|几场|几回)(党课|党员大会|支委会|党小组会|主题党日|组织生活会)|(开|召开|上|讲)(了|过)(几次|几场|几回)(党课|党员大会|支委会|党小组会|主题党日|组织生活会)|(党课|党员大会|支委会|党小组会|主题党日|组织生活会|民主评议|三会一课)的?(次数|场次)?(够不够|够了吗|够了没|够没够|达标了吗|达没达标)")]
    private static partial Regex Asks();

    [GeneratedRegex(@"(今年|本年度?|这个?季度|本季度|上个?季度|这个?月|本月|上个?月|去年).{0,6}((开|召开|上|讲|搞)(了|过)|还差|还缺|差了)(几次|几场|几回)|(还差|还缺)(几次|几场|几回)")]
    private static partial Regex CountedSoFar();

    /// <summary>What a 台账 is or how it is kept is a question for the knowledge base; exporting is the console's.</summary>
    [GeneratedRegex(@"什么叫|发展党员|入党|积极分子|包括|导出|下载|Excel|excel|(包括|包含|要|含)哪些|^.{0,4}有哪些(台账|材料|内容)|谁|材料|党费|准备|负责|需要|应该|保存|几年|多久")]
    private static partial Regex NotTheLedger();

    [GeneratedRegex(@"\d{4}年?(第[一二三四1-4]季度)?|本季度|这个?季度|上个?季度|上一季度|今年|去年|本年度?|第[一二三四1-4]季度")]
    private static partial Regex Period();
}
