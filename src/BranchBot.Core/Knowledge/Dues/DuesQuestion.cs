using System.Globalization;
using System.Text.RegularExpressions;

namespace BranchBot.Core.Knowledge.Dues;

/// <summary>
/// A question asking how much the asker pays ("我税后月工资8000元交多少党费", "退休金4500党费多少"): dues are
/// computed, not retrieved. Questions about the rules themselves ("党费按税前还是税后算") are not dues questions.
/// </summary>
public sealed partial record DuesQuestion(DuesPayerKind Kind, decimal? MonthlyIncome)
{
    private static readonly string[] AmountAsks = ["交多少", "多少", "几块", "几元", "怎么算", "怎么交", "该交"];
    private static readonly string[] VoluntaryWords = ["特殊党费", "自愿", "多交", "补交"];

    /// <summary>Whether the income is still to be asked for.</summary>
    public bool NeedsIncome => Kind is DuesPayerKind.Employed or DuesPayerKind.Retired && MonthlyIncome is null;

    public static DuesQuestion? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = KnowledgeNumerals.ToArabic(text.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal));
        if (!normalized.Contains("党费", StringComparison.Ordinal) || !AmountAsks.Any(a => normalized.Contains(a, StringComparison.Ordinal))
            || VoluntaryWords.Any(w => normalized.Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }

        var kind = KindOf(normalized);
        var income = Amount(normalized);
        if (income is null && kind is DuesPayerKind.Employed or DuesPayerKind.Retired && !normalized.Contains('我'))
        {
            // "在职党员党费怎么算" asks about the rule: the knowledge base answers it.
            return null;
        }

        return new DuesQuestion(kind, income);
    }

    private static DuesPayerKind KindOf(string text) =>
        text.Contains("退休", StringComparison.Ordinal) || text.Contains("离休", StringComparison.Ordinal) || text.Contains("养老金", StringComparison.Ordinal) ? DuesPayerKind.Retired
        : text.Contains("农民", StringComparison.Ordinal) || text.Contains("务农", StringComparison.Ordinal) ? DuesPayerKind.Farmer
        : new[] { "学生", "大学", "在校", "失业", "下岗", "低保" }.Any(w => text.Contains(w, StringComparison.Ordinal)) ? DuesPayerKind.Student
        : DuesPayerKind.Employed;

    /// <summary>The largest number in the text: "每月8000元" or "工资1万" (months and percentages are small).</summary>
    private static decimal? Amount(string text)
    {
        var amounts = NumberPattern().Matches(text)
            .Select(m => decimal.Parse(m.Value, CultureInfo.InvariantCulture))
            .Where(n => n >= 100)
            .ToList();
        return amounts.Count == 0 ? null : amounts.Max();
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex NumberPattern();
}
