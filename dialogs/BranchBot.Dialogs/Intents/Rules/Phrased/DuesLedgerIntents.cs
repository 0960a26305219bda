using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules.Phrased;

/// <summary>"今年的党费台账拉一下", "全年每个人每月党费交的情况", "看看2026年党费总账": 党费台账.</summary>
public sealed partial class DuesLedgerIntent : PhrasedCommandIntent
{
    protected override string ForRulesCheck(string text) => RhythmWords().Replace(text, string.Empty);

    public override string Command => "党费台账";

    protected override IntentEffect Effect => IntentEffect.Read;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"党费的?(台账|总账|账本|明细账)|全年.{0,8}党费.{0,6}(情况|明细)|(每个人|每人)每个?月.{0,2}党费")]
    private static partial Regex Pattern();
}

/// <summary>"大家报的党费我确认一下", "有哪些交了党费等我确认的": 确认党费 (without a name it lists what waits).</summary>
public sealed partial class ConfirmDuesIntent : PhrasedCommandIntent
{
    public override string Command => "确认党费";

    protected override IntentEffect Effect => IntentEffect.Read;

    protected override Regex Phrases => Pattern();

    [GeneratedRegex(@"(报|交)的?党费.{0,4}确认|(报|交)了交?党费.{0,8}确认|党费.{0,4}等我确认|确认一下.{0,4}党费")]
    private static partial Regex Pattern();
}
