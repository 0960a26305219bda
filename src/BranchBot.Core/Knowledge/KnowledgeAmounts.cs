using System.Text.RegularExpressions;

namespace BranchBot.Core.Knowledge;

/// <summary>
/// Sums of money and other amounts of 100 or more in normalised text ("月工资8000元" → 8000). An entry whose own question
/// is an example for one amount ("月工资20000元交多少党费？") does not answer a question naming another ("工资八千五
/// 党费交多少"): the general entry for the rule does, and chat computes the exact figure (<see cref="Dues.DuesCalculator"/>).
/// An amount followed by 以上 ("退休金五千以上按百分之几") is the lower bound of the next bracket up, which the amount itself is
/// not in (the rules' brackets are "N元以下（含N元）" and "N元以上"): it is kept apart (negated), so the example entry for
/// that very income, which answers for its own bracket, does not answer. "N以下" includes N and stays an amount.
/// </summary>
internal static partial class KnowledgeAmounts
{
    /// <summary>Smaller numbers are counts, months, articles and years of service, which entries and questions share loosely.</summary>
    private const long Smallest = 100;

    public static IReadOnlySet<long> In(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return Digits().Matches(normalized)
            .Select(m => (Value: long.TryParse(m.Value, out var n) ? n : 0, Bound: Bound().IsMatch(normalized[(m.Index + m.Length)..])))
            .Where(a => a.Value >= Smallest)
            .Select(a => a.Bound ? -a.Value : a.Value)
            .ToHashSet();
    }

    /// <summary>Whether an entry's own question names amounts none of which the question names, while the question names one.</summary>
    public static bool OtherExample(IReadOnlySet<long> entry, IReadOnlySet<long> question) =>
        entry.Count > 0 && question.Count > 0 && !entry.Overlaps(question);

    /// <summary>A whole number not followed by 年: "2023年修订" names a year, not an amount.</summary>
    [GeneratedRegex(@"(?<!\d)\d+(?![\d年])")]
    private static partial Regex Digits();

    /// <summary>What follows an amount that makes it the bound of the bracket above it: (元/块)以上.</summary>
    [GeneratedRegex(@"^[元块]?以上")]
    private static partial Regex Bound();
}
