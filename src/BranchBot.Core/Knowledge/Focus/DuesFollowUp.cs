using System.Text.RegularExpressions;
using BranchBot.Core.Knowledge.Dues;

namespace BranchBot.Core.Knowledge.Focus;

/// <summary>
/// An elliptical follow-up to a dues answer, read against it: the period asked ("那我一年交多少" → 12 months, "一个季度呢"
/// → 3, "现在每月交多少" → 1), another kind of payer ("退休了呢", "学生呢", "那预备党员呢") or another income ("那8000呢", "涨到一万呢"). What is
/// not said is the earlier answer's. Null when the sentence is none of these.
/// </summary>
public sealed partial record DuesFollowUp(int? Months, DuesPayerKind? Kind, decimal? MonthlyIncome, bool Preparatory)
{
    private const int LongestFollowUp = 16;

    public static DuesFollowUp? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = Decoration().Replace(text, string.Empty);
        // A whole dues question ("我工资8000交多少党费") is answered as one, not as a follow-up.
        // "预备党员能投票吗" after a dues answer asks something else: a yes-or-no question follows up only if it speaks of paying.
        var asks = OpenAsks().IsMatch(clean) || (YesNoAsk().IsMatch(clean) && Paying().IsMatch(clean));
        if (clean.Length == 0 || clean.Length > LongestFollowUp || !asks || DuesQuestion.TryParse(text) is not null)
        {
            return null;
        }

        int? months = Year().IsMatch(clean) ? 12 : HalfYear().IsMatch(clean) ? 6 : Quarter().IsMatch(clean) ? 3
            : MonthsCount().Match(clean) is { Success: true } m ? MonthsOf(m.Groups["n"].Value)
            : Monthly().IsMatch(clean) ? 1 : null;
        DuesPayerKind? kind = Retired().IsMatch(clean) ? DuesPayerKind.Retired
            : Student().IsMatch(clean) ? DuesPayerKind.Student
            : Farmer().IsMatch(clean) ? DuesPayerKind.Farmer : null;
        var preparatory = clean.Contains("预备党员", StringComparison.Ordinal);
        var income = Amount().IsMatch(clean) ? DuesIncomeReader.Read(clean).Amount : null;
        return months is null && kind is null && !preparatory && income is null ? null : new DuesFollowUp(months, kind, income, preparatory);
    }

    private static int? MonthsOf(string n) => n switch
    {
        "两" or "二" or "2" => 2,
        "三" or "3" => 3,
        "四" or "4" => 4,
        "五" or "5" => 5,
        "六" or "6" => 6,
        _ => null,
    };

    [GeneratedRegex(@"[\s\p{P}\p{S}]|[\uD800-\uDFFF]")]
    private static partial Regex Decoration();

    /// <summary>A question, however short: "…呢", "…多少", "…几块", "怎么算".</summary>
    [GeneratedRegex(@"呢|多少|几块|几元|几毛|怎么算|咋算|怎么交|交多少|要交|得交")]
    private static partial Regex OpenAsks();

    /// <summary>"…吗": a follow-up only when it speaks of paying.</summary>
    [GeneratedRegex(@"吗$")]
    private static partial Regex YesNoAsk();

    [GeneratedRegex(@"交|缴|党费|钱|块|元|费")]
    private static partial Regex Paying();

    [GeneratedRegex(@"一年|全年|每年|1年|年度|一整年")]
    private static partial Regex Year();

    /// <summary>"那我现在每月交多少": the monthly amount again, for the income of the answer before.</summary>
    [GeneratedRegex(@"每月|每个月|一个月|一月|月交|按月")]
    private static partial Regex Monthly();

    [GeneratedRegex(@"半年")]
    private static partial Regex HalfYear();

    [GeneratedRegex(@"季度|一季|每季")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"(?<n>[两二三四五六2-6])个月")]
    private static partial Regex MonthsCount();

    [GeneratedRegex(@"退休|离休|养老金")]
    private static partial Regex Retired();

    [GeneratedRegex(@"学生|研究生|在读|下岗|失业|低保")]
    private static partial Regex Student();

    [GeneratedRegex(@"农民|务农|种地")]
    private static partial Regex Farmer();

    /// <summary>An amount of money: digits, or a Chinese numeral with 千/万 ("八千", "一万二").</summary>
    [GeneratedRegex(@"\d{3,}|[一二两三四五六七八九十][千万]|\d+(\.\d+)?[kK千万]")]
    private static partial Regex Amount();
}
