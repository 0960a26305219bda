using System.Text.RegularExpressions;

namespace BranchBot.Core.Knowledge;

/// <summary>
/// Sums of money and other amounts of 100 or more in normalised text ("月工资8000元" → 8000). An entry whose own question
/// is an example for one amount ("月工资20000元交多少党费？") does not answer a question naming another ("工资八千五
/// 党费交多少"): the general entry for the rule does, and chat computes the exact figure (<see cref="Dues.DuesCalculator"/>).
/// </summary>
internal static partial class KnowledgeAmounts
{
    /// <summary>Smaller numbers are counts, months, articles and years of service, which entries and questions share loosely.</summary>
    private const long Smallest = 100;

    public static IReadOnlySet<long> In(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return Digits().Matches(normalized)
            .Select(m => long.TryParse(m.Value, out var n) ? n : 0)
            .Where(n => n >= Smallest)
            .ToHashSet();
    }

    /// <summary>Whether an entry's own question names amounts none of which the question names, while the question names one.</summary>
    public static bool OtherExample(IReadOnlySet<long> entry, IReadOnlySet<long> question) =>
        entry.Count > 0 && question.Count > 0 && !entry.Overlaps(question);

    /// <summary>A whole number not followed by 年: "2023年修订" names a year, not an amount.</summary>
    [GeneratedRegex(@"(?<!\d)\d+(?![\d年])")]
    private static partial Regex Digits();
}
