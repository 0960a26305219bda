using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Organisation;

/// <summary>What the oversight intents share: a sentence that names the branches as a whole, and the period it names.</summary>
internal static partial class OversightPhrases
{
    /// <summary>"各支部", "所有党支部", "哪几个支部", "下面的支部", "基层支部", "全党委": the branches, not the speaker's own.</summary>
    public static bool NamesTheBranches(string text) => Branches().IsMatch(text);

    /// <summary>The command line with the period the sentence names, if any ("各支部情况 本月").</summary>
    public static string LineWithPeriod(string command, string text) =>
        Period().Match(text) is { Success: true } period ? $"{command} {period.Value}" : command;

    [GeneratedRegex(@"(各|各个|所有|全部|每个|哪些|哪个|哪几个|几个|下面的?|下属的?|所属的?|基层)(党)?支部|全党委|党委(下属|所属|下面)")]
    private static partial Regex Branches();

    [GeneratedRegex(@"\d{4}年(第[一二三四1-4]季度|\d{1,2}月)?|本季度|这个?季度|上个?季度|本月|这个月|上个?月|今年|本年")]
    private static partial Regex Period();
}
