using System.Text.RegularExpressions;
using BranchBot.Dialogs.Intents;

namespace BranchBot.Dialogs.Organisation;

/// <summary>
/// "所有支部的台账给我看一下", "调一下全部台账", "各支部台账按类别汇总": 台账 全部, the overview by rule. Surer than
/// 各支部情况 for the same sentence, since it asks for every 台账 or for them by kind of meeting.
/// </summary>
public sealed partial class AllLedgersIntent : IIntentRule
{
    public string Command => AllLedgersCommand.Keyword;

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (!text.Contains("台账", StringComparison.Ordinal) || IntentText.AsksAboutRules(text) || NotTheLedgers().IsMatch(text))
        {
            return null;
        }

        var every = Every().IsMatch(text);
        var byKind = ByKind().IsMatch(text) && OversightPhrases.NamesTheBranches(text);
        return every || byKind
            ? new IntentMatch(Command, OversightPhrases.LineWithPeriod(Command, text), IntentEffect.Read, 0.92, new Dictionary<string, string>())
            : null;
    }

    /// <summary>"全部台账", "台账全部", "所有支部的台账", "全部支部台账".</summary>
    [GeneratedRegex(@"(全部|所有)的?台账|台账.{0,2}全部|(全部|所有)(党)?支部的?台账")]
    private static partial Regex Every();

    /// <summary>"按类别", "按会议类型", "分类".</summary>
    [GeneratedRegex(@"按.{0,4}(类别|类型|种类|分类)|分类|按会议")]
    private static partial Regex ByKind();

    /// <summary>Exporting is the console's; what a 台账 must contain is a question for the knowledge base.</summary>
    [GeneratedRegex(@"导出|下载|Excel|excel|什么叫|(包括|包含|要|含)哪些|材料|怎么(记|填|做)")]
    private static partial Regex NotTheLedgers();
}
