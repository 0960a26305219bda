using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules.Phrased;

/// <summary>"每个月固定开的会有哪些", "哪些会是自动排的": 定期安排 (the recurring plans).</summary>
public sealed partial class MeetingPlansIntent : PhrasedCommandIntent
{
    protected override string ForRulesCheck(string text) => RhythmWords().Replace(text, string.Empty);

    public override string Command => "定期安排";

    protected override IntentEffect Effect => IntentEffect.Read;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"(定期|固定|每个?月|自动){1,2}(开|排|安排)的(那些)?(会|会议)|(哪些|什么|几个)(会|会议)是(定期|固定|自动|每个?月)|定期安排")]
    private static partial Regex Pattern();
}

/// <summary>"每月15号那个主题党日不要再自动排了", "定期的党小组会停掉": 停止定期安排.</summary>
public sealed partial class StopMeetingPlanIntent : PhrasedCommandIntent
{
    protected override string ForRulesCheck(string text) => RhythmWords().Replace(text, string.Empty);

    public override string Command => "停止定期安排";

    protected override IntentEffect Effect => IntentEffect.Write;

    protected override bool TakesNumber => true;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"(停止|停掉|停了|取消).{0,4}(定期|自动)的?(安排|会|党课|党小组会|主题党日|支委会|党员大会)|定期的?(安排|会议|党课|党小组会|主题党日|支委会|党员大会)\d*.{0,3}(停|取消)|(不要|别|不用)再自动(排|安排)")]
    private static partial Regex Pattern();
}
