using System.Globalization;
using System.Text.RegularExpressions;

namespace BranchBot.Core.Knowledge.Dues;

/// <summary>
/// Reads the monthly income from a dues question as people write it: "到手5000一个月", "月薪八千", "1.5万", "8k",
/// "税后七千五", "一万二", "五千来块". The 一 of "一个月"/"一月" is the month, never a digit of the income.
/// </summary>
internal static partial class DuesIncomeReader
{
    /// <summary>Incomes below this are other numbers in the question (months, percentages, articles).</summary>
    private const decimal Smallest = 100m;

    private const string ChineseDigits = "零〇一二两三四五六七八九";

    /// <summary>Words after a number that make it something other than money.</summary>
    private static readonly string[] NotMoneyAfter = ["年", "岁", "%", "％", "号", "日", "点", "次", "人", "小时", "天", "周", "条"];

    /// <summary>A figure per year or before tax is not the base of dues: asked for again rather than converted.</summary>
    private static readonly string[] Yearly = ["年薪", "年收入", "年终", "一年拿", "一年工资", "一年收入", "每年", "全年"];

    private static readonly string[] AfterTax = ["税后", "到手", "实发", "实际"];

    public static DuesIncome Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var months = MonthWords().Replace(text, "|");
        var amounts = new HashSet<decimal>();
        foreach (Match run in NumberRun().Matches(months))
        {
            if (!run.Value.Any(c => char.IsAsciiDigit(c) || ChineseDigits.Contains(c, StringComparison.Ordinal) || c == '十'))
            {
                continue;
            }

            var after = months[(run.Index + run.Length)..];
            if (NotMoneyAfter.Any(w => after.StartsWith(w, StringComparison.Ordinal)))
            {
                continue;
            }

            if (TryValue(run.Value) is not { } value)
            {
                return DuesIncome.Uncertain;
            }

            if (value < Smallest)
            {
                continue;
            }

            if (ApproximateUpward(after))
            {
                // "五千多" may lie in the next bracket up.
                return DuesIncome.Uncertain;
            }

            amounts.Add(value);
        }

        if (amounts.Count == 0)
        {
            return DuesIncome.None;
        }

        var otherBase = Yearly.Any(w => text.Contains(w, StringComparison.Ordinal))
            || (text.Contains("税前", StringComparison.Ordinal) && !AfterTax.Any(w => text.Contains(w, StringComparison.Ordinal)));
        return amounts.Count == 1 && !otherBase ? DuesIncome.Of(amounts.Single()) : DuesIncome.Uncertain;
    }

    private static bool ApproximateUpward(string after) =>
        (after.StartsWith('多') && !after.StartsWith("多少", StringComparison.Ordinal))
        || (after.StartsWith('几') && !after.StartsWith("几块", StringComparison.Ordinal) && !after.StartsWith("几元", StringComparison.Ordinal));

    /// <summary>The value of one written number, or null when it does not read as one.</summary>
    private static decimal? TryValue(string run)
    {
        var written = run.Replace('k', '千').Replace('K', '千').Replace('w', '万').Replace('W', '万');
        if (!written.Any(char.IsAsciiDigit))
        {
            return Chinese(written);
        }

        var parts = ArabicWithUnit().Match(written);
        if (!parts.Success)
        {
            return null;
        }

        var lead = decimal.Parse(parts.Groups["lead"].Value, CultureInfo.InvariantCulture);
        var unit = parts.Groups["unit"].Value switch { "千" => 1000m, "万" => 10_000m, _ => 1m };
        var rest = parts.Groups["rest"].Value;
        if (rest.Length == 0)
        {
            return lead * unit;
        }

        if (unit == 1m || lead != decimal.Truncate(lead))
        {
            return null;
        }

        if (rest.Length == 1 && (char.IsAsciiDigit(rest[0]) || ChineseDigits.Contains(rest[0], StringComparison.Ordinal)))
        {
            // "1万2", "8千5": a lone digit after a unit is the next unit down.
            var digit = char.IsAsciiDigit(rest[0]) ? rest[0] - '0' : Chinese(rest) ?? 0;
            return (lead * unit) + (digit * unit / 10);
        }

        return TryValue(rest) is { } below && below < unit ? (lead * unit) + below : null;
    }

    private static decimal? Chinese(string run)
    {
        var digits = KnowledgeNumerals.ToArabic(run);
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) ? decimal.Parse(digits, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>"一个月", "每月", "一月": the month the income is for; replaced before numbers are read.</summary>
    [GeneratedRegex("每一个月|一个月|每个月|每月|一月|个月")]
    private static partial Regex MonthWords();

    [GeneratedRegex(@"(?:[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万kKwW])+")]
    private static partial Regex NumberRun();

    [GeneratedRegex(@"^(?<lead>[0-9]+(\.[0-9]+)?)(?<unit>[千万]?)(?<rest>.*)$")]
    private static partial Regex ArabicWithUnit();
}
