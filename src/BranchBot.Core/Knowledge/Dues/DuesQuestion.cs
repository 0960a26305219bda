namespace BranchBot.Core.Knowledge.Dues;

/// <summary>
/// A question asking how much the asker pays ("我税后月工资8000元交多少党费", "退休金4500一个月党费多少"): dues are
/// computed, not retrieved. Questions about the rules themselves ("党费按税前还是税后算") are not dues questions.
/// </summary>
public sealed record DuesQuestion(DuesPayerKind Kind, decimal? MonthlyIncome, bool IncomeUnclear = false)
{
    private static readonly string[] AmountAsks =
        ["交多少", "多少", "几块", "几元", "怎么算", "咋算", "怎么计算", "如何算", "如何计算", "怎么交", "咋交", "该交", "要交", "得交", "算一下", "算算"];
    private static readonly string[] VoluntaryWords = ["特殊党费", "自愿", "多交", "补交"];
    private static readonly string[] RetiredWords = ["退休", "离休", "养老金"];
    private static readonly string[] FarmerWords = ["农民", "务农", "种地", "种田"];

    /// <summary>
    /// 学生 (incl. 研究生, 在读, 读研, and a member saying they are still at school: 上学, 念书, 读书), 下岗/失业 and 低保 pay the
    /// same fixed amount (第六条).
    /// </summary>
    private static readonly string[] FixedAmountWords = ["学生", "研究生", "在读", "读研", "读博", "大学", "在校", "上学", "念书", "读书", "失业", "下岗", "低保", "最低生活保障"];

    /// <summary>Whether the income is still to be asked for (not given, or not readable with certainty).</summary>
    public bool NeedsIncome => Kind is DuesPayerKind.Employed or DuesPayerKind.Retired && MonthlyIncome is null;

    public static DuesQuestion? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = HalfWidth(text).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        var income = DuesIncomeReader.Read(normalized);
        var told = IsIncomeAlone(normalized, income);

        // "党费咋算的 我一个月到手6500": 党费 beside an income with its amount asks for those dues, however it is asked;
        // a stored example for another income must never answer it.
        var duesOfAnIncome = normalized.Contains("党费", StringComparison.Ordinal) && income.Amount is not null
            && IncomeWords.Any(w => normalized.Contains(w, StringComparison.Ordinal))
            && !VoluntaryWords.Any(w => normalized.Contains(w, StringComparison.Ordinal));
        if (!told && !duesOfAnIncome && (!AsksForDues(normalized, income) || !AmountAsks.Any(a => normalized.Contains(a, StringComparison.Ordinal))
            || VoluntaryWords.Any(w => normalized.Contains(w, StringComparison.Ordinal))))
        {
            return null;
        }

        var kind = KindOf(normalized);
        if (income == DuesIncome.None && kind is DuesPayerKind.Employed or DuesPayerKind.Retired
            && (!normalized.Contains('我') || SomeoneElse(normalized) || AsksWhetherOnly(normalized)))
        {
            // "在职党员党费怎么算" asks about the rule, "我爸八十多了还要交党费吗" about someone else's dues and whether at
            // all: the knowledge base answers them; asking the asker's own income would answer another question.
            return null;
        }

        return new DuesQuestion(kind, income.Amount, income.Unclear);
    }

    private static readonly string[] OtherPeople =
        ["爸", "妈", "父亲", "母亲", "老人", "老伴", "爱人", "老公", "老婆", "媳妇", "丈夫", "妻子", "儿子", "女儿", "孩子", "亲戚", "同事", "朋友", "邻居", "别人", "他", "她"];

    private static readonly string[] HowMuchWords = ["多少", "几块", "几元", "几毛", "怎么算", "咋算", "怎么计算", "如何算", "如何计算", "算一下", "算算", "标准", "比例"];

    private static readonly string[] WhetherWords = ["要不要", "用不用", "需不需要", "是否", "还要交", "还用交", "还得交", "需要交"];

    /// <summary>"我爸是老党员…", "我爱人的党费": the dues of someone the asker speaks of, not the asker's own.</summary>
    private static bool SomeoneElse(string text) => OtherPeople.Any(w => text.Contains(w, StringComparison.Ordinal));

    /// <summary>"还要交党费吗", "我要不要交党费": whether dues are paid at all, with no amount asked.</summary>
    private static bool AsksWhetherOnly(string text) =>
        !HowMuchWords.Any(w => text.Contains(w, StringComparison.Ordinal))
        && (WhetherWords.Any(w => text.Contains(w, StringComparison.Ordinal)) || text.TrimEnd('?', '？', '。', '!', '！').EndsWith('吗'));

    /// <summary>
    /// "…党费交多少", or, asked of this bot, an income with a readable amount and "交多少" ("工资6000一个月交多少"): the
    /// dues are meant even unnamed. "多少" alone ("工资6000能拿多少公积金") is not enough.
    /// </summary>
    private static bool AsksForDues(string text, DuesIncome income) =>
        text.Contains("党费", StringComparison.Ordinal)
        || (income.Amount is not null && IncomeWords.Any(w => text.Contains(w, StringComparison.Ordinal))
            && PayAsks.Any(a => text.Contains(a, StringComparison.Ordinal)));

    /// <summary>
    /// An income told on its own ("退休金4500一个月", "我税后工资六千"): how members answer 「请告诉我你的税后月工资」, and
    /// what telling this bot one's income means. Nothing may be left once the income word, the amount and the words
    /// around an amount are taken out: "李四工资8000" (someone else's) or "工资8000的党员有几个" are not.
    /// </summary>
    private static bool IsIncomeAlone(string text, DuesIncome income)
    {
        if (income == DuesIncome.None || !IncomeWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }

        var rest = IncomeStatementWords.Concat(IncomeWords).Aggregate(text, (left, word) => left.Replace(word, "", StringComparison.Ordinal));
        return rest.All(c => char.IsAsciiDigit(c) || AmountCharacters.Contains(c) || char.IsPunctuation(c) || char.IsWhiteSpace(c));
    }

    // Longest first: "每个月" before "月", "我的" before "我".
    private static readonly string[] IncomeStatementWords =
        ["每个月", "一个月", "我的", "税后", "现在", "目前", "每月", "块钱", "我", "的", "月", "元", "块", "是", "有", "拿"];

    private const string AmountCharacters = "零〇一二两三四五六七八九十百千万点.kK";

    private static readonly string[] IncomeWords = ["工资", "月薪", "薪水", "收入", "到手", "退休金", "退休费", "养老金", "离休费"];
    private static readonly string[] PayAsks = ["交多少", "该交", "要交", "得交", "交几", "缴多少", "应交"];

    private static string HalfWidth(string text) =>
        string.Concat(text.Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c));

    /// <summary>
    /// The payer a question about how much dues are paid speaks of, whether it asks the asker's own dues or the rule
    /// ("党费交多少", "退休党员党费交多少"): the salaried when it names no other; null when it asks no amount of dues.
    /// </summary>
    public static DuesPayerKind? PayerOfAmountAsk(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = HalfWidth(text).Replace(" ", "", StringComparison.Ordinal);
        return normalized.Contains("党费", StringComparison.Ordinal) && AmountAsks.Any(a => normalized.Contains(a, StringComparison.Ordinal))
            && !VoluntaryWords.Any(w => normalized.Contains(w, StringComparison.Ordinal))
            ? KindOf(normalized)
            : null;
    }

    private static DuesPayerKind KindOf(string text) =>
        RetiredWords.Any(w => text.Contains(w, StringComparison.Ordinal)) ? DuesPayerKind.Retired
        : FarmerWords.Any(w => text.Contains(w, StringComparison.Ordinal)) ? DuesPayerKind.Farmer
        : FixedAmountWords.Any(w => text.Contains(w, StringComparison.Ordinal)) ? DuesPayerKind.Student
        : DuesPayerKind.Employed;
}
