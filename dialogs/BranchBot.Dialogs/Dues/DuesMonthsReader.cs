using System.Text.RegularExpressions;
using BranchBot.Core.Dues;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Dues;

/// <summary>What a message says about months: none named, the months, or something that cannot be read with certainty.</summary>
public sealed record DuesMonthsReading(IReadOnlyList<DuesMonth> Months, bool Unclear, string Rest)
{
    public bool None => Months.Count == 0 && !Unclear;
}

/// <summary>
/// Reads the months of 交党费/收党费/党费情况 as people write them: 这个月, 上个月, 11月, 2027年1月, 1-3月, 1月到3月,
/// 10月 11月 12月, 11、12月, 2026年11月至2027年1月, 第一季度 (一季度, Q1), 上半年, 全年; 今年/明年/去年 as years. A month
/// without a year is the nearest such month (in November, 1月 is next January; ties go back), and a range runs on from
/// its first month. "三个月" or "半年" says how many but not which, so it is unclear and asked back, never guessed.
/// </summary>
public static partial class DuesMonthsReader
{
    public static DuesMonthsReading Read(string text, DuesMonth current)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = RelativeYear().Replace(Normalise(text), m => $"{current.Year + m.Value[0] switch { '去' => -1, '明' => 1, _ => 0 }}年");
        var months = new List<DuesMonth>();
        if (CountOnly().IsMatch(rest))
        {
            return new DuesMonthsReading([], true, rest);
        }

        foreach (var (pattern, read) in Readers(current))
        {
            rest = pattern.Replace(rest, match =>
            {
                var found = read(match);
                if (found is null)
                {
                    months.Clear();
                    return "\u0001";
                }

                months.AddRange(found);
                return " ";
            });
            if (rest.Contains('\u0001', StringComparison.Ordinal))
            {
                return new DuesMonthsReading([], true, rest.Replace("\u0001", " ", StringComparison.Ordinal).Trim());
            }
        }

        rest = Spaces().Replace(Connectors().Replace(rest, " "), " ").Trim();
        var unclear = LeftoverMonthWord().IsMatch(rest);
        return new DuesMonthsReading(unclear ? [] : [.. months.Distinct().Order()], unclear, rest);
    }

    /// <summary>The nearest month of that number to <paramref name="current"/>; ties go to the past.</summary>
    public static DuesMonth Nearest(int month, DuesMonth current)
    {
        var sameYear = new DuesMonth(current.Year, month);
        var candidates = new[] { sameYear.AddMonths(-12), sameYear, sameYear.AddMonths(12) };
        return candidates.OrderBy(m => Math.Abs(m.Index - current.Index)).ThenBy(m => m.Index).First();
    }

    private static IEnumerable<(Regex Pattern, Func<Match, IReadOnlyList<DuesMonth>?> Read)> Readers(DuesMonth current)
    {
        yield return (Quarter(), m =>
        {
            var quarter = Number(m.Groups["q"].Value);
            if (quarter is not (>= 1 and <= 4))
            {
                return null;
            }

            var first = Year(m) is { } year ? new DuesMonth(year, (3 * quarter.Value) - 2) : Nearest((3 * quarter.Value) - 2, current);
            return first.AndFollowing(3);
        });
        yield return (WholeYear(), m => new DuesMonth(Year(m) ?? current.Year, 1).AndFollowing(12));
        yield return (HalfYear(), m => new DuesMonth(Year(m) ?? current.Year, m.Groups["h"].Value == "上" ? 1 : 7).AndFollowing(6));
        yield return (RangeToAnotherYear(), m =>
        {
            var (from, to, toYear) = (Number(m.Groups["from"].Value), Number(m.Groups["to"].Value), int.Parse(m.Groups["y2"].Value, System.Globalization.CultureInfo.InvariantCulture));
            if (from is not (>= 1 and <= 12) || to is not (>= 1 and <= 12))
            {
                return null;
            }

            var first = Year(m) is { } year ? new DuesMonth(year, from.Value) : Nearest(from.Value, current);
            var count = new DuesMonth(toYear, to.Value).Index - first.Index + 1;
            return count is >= 1 and <= 24 ? first.AndFollowing(count) : null;
        });
        yield return (MonthRange(), m =>
        {
            var (from, to) = (Number(m.Groups["from"].Value), Number(m.Groups["to"].Value));
            if (from is not (>= 1 and <= 12) || to is not (>= 1 and <= 12))
            {
                return null;
            }

            var first = Year(m) is { } year ? new DuesMonth(year, from.Value) : Nearest(from.Value, current);
            var count = ((to.Value - from.Value + 12) % 12) + 1;
            return first.AndFollowing(count);
        });
        yield return (MonthList(), m =>
        {
            var numbers = m.Groups["n"].Captures.Select(c => Number(c.Value)).Append(Number(m.Groups["last"].Value)).ToList();
            return numbers.Any(n => n is not (>= 1 and <= 12))
                ? null
                : [.. numbers.Select(n => Year(m) is { } year ? new DuesMonth(year, n!.Value) : Nearest(n!.Value, current))];
        });
        yield return (SingleMonth(), m =>
        {
            var number = Number(m.Groups["m"].Value);
            return number is not (>= 1 and <= 12) ? null : [Year(m) is { } year ? new DuesMonth(year, number.Value) : Nearest(number.Value, current)];
        });
        yield return (Relative(), m => m.Value switch
        {
            var w when w.StartsWith('上') => [current.AddMonths(-1)],
            var w when w.StartsWith('下') => [current.AddMonths(1)],
            _ => [current],
        });
    }

    private static int? Year(Match match) =>
        match.Groups["y"] is { Success: true, Value: var y } && int.TryParse(y, out var year) && year is >= 2000 and <= 2100 ? year : null;

    private static int? Number(string text) =>
        int.TryParse(text, out var value) ? value : ChineseNumerals.TryParse(text, out var chinese) ? chinese : null;

    private static string Normalise(string text) =>
        string.Concat(text.Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c))
            .Replace('—', '-').Replace('–', '-').Replace('~', '-').Replace('、', ' ').Replace(',', ' ').Replace('，', ' ');

    private const string Digits = "[0-9]{1,2}|[一二三四五六七八九十]{1,3}";

    [GeneratedRegex(@"(?:(?<y>20[0-9]{2})年)?(?:第)?(?<q>[1-4一二三四])季度|(?:(?<y>20[0-9]{2})年?)?Q(?<q>[1-4])", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"(?:(?<y>20[0-9]{2})年)?全年")]
    private static partial Regex WholeYear();

    [GeneratedRegex(@"(?:(?<y>20[0-9]{2})年)?(?<h>上|下)半年")]
    private static partial Regex HalfYear();

    /// <summary>「2026年11月至2027年1月」, 「11月到明年2月」 (明年 is written out as a year first).</summary>
    [GeneratedRegex(@"(?:(?<y>20[0-9]{2})年)?(?<from>" + Digits + @")月(?:份)?\s*(?:-|到|至)\s*(?<y2>20[0-9]{2})年(?<to>" + Digits + @")月(?:份)?")]
    private static partial Regex RangeToAnotherYear();

    /// <summary>「11、12月」 「11和12月」 「10 11 12月」: each number a month.</summary>
    [GeneratedRegex(@"(?:(?<y>20[0-9]{2})年)?(?:(?<n>" + Digits + @")\s*(?:和|与|及|\s)\s*)+(?<last>" + Digits + @")月(?:份)?")]
    private static partial Regex MonthList();

    [GeneratedRegex("今年|明年|去年")]
    private static partial Regex RelativeYear();

    [GeneratedRegex(@"(?:(?<y>20[0-9]{2})年)?(?<from>" + Digits + @")月?(?:份)?\s*(?:-|到|至)\s*(?<to>" + Digits + @")月(?:份)?")]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"(?:(?<y>20[0-9]{2})年)?(?<m>" + Digits + @")月(?:份)?(?!份)")]
    private static partial Regex SingleMonth();

    [GeneratedRegex("(?:这个|这一个|本|当|上个|上一个|上|下个|下一个|下)月(?:份)?")]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?<![这上下本当])([0-9]+|[一二两三四五六七八九十几]+)个月")]
    private static partial Regex CountOnly();

    /// <summary>A month word left after reading ("前几月", "13月"): not read with certainty.</summary>
    [GeneratedRegex("月|季度|年")]
    private static partial Regex LeftoverMonthWord();

    /// <summary>「和」 left between months that were read: 「这个月和下个月」.</summary>
    [GeneratedRegex(@"(?<=^|\s)(?:和|与|及|以及|还有)(?=\s|$)")]
    private static partial Regex Connectors();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
