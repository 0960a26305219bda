namespace BranchBot.Core.Talks;

/// <summary>
/// The keyword rules behind <see cref="HardshipDetector"/>. Answers are split into clauses; a keyword counts unless
/// the clause negates it just before ("没有困难", "不担心"). Broad words need a second cue in the same clause: family
/// words ("家里", "孩子") only with a trouble word, "困难" only with a money or life word or in the 生活 question, so
/// "家里一切都好" or "工作上有些困难" do not raise a 必访 task.
/// </summary>
internal static class HardshipRules
{
    private static readonly string[] IllnessWords =
        ["生病", "患病", "得病", "病了", "住院", "手术", "开刀", "身体不好", "身体不太好", "身体欠佳", "看病", "化疗", "癌", "肿瘤", "重病", "大病", "慢性病", "病情", "受伤", "骨折"];

    private static readonly string[] FamilyStrongWords = ["离婚", "去世", "过世", "病故", "丧偶", "家庭矛盾", "家庭困难", "家里困难", "无人照顾", "没人照顾"];

    private static readonly string[] FamilyWords = ["家里", "家人", "家庭", "老人", "父母", "父亲", "母亲", "爸爸", "妈妈", "孩子", "小孩", "子女", "爱人", "配偶", "老伴"];

    private static readonly string[] TroubleCues =
        ["病", "住院", "手术", "困难", "照顾", "矛盾", "麻烦", "问题", "担心", "负担", "压力", "帮助", "帮忙", "出事", "不好", "走了", "残疾", "上学难", "失学"];

    private static readonly string[] FinancialStrongWords =
        ["经济困难", "经济压力", "经济紧张", "手头紧", "欠债", "负债", "借钱", "借款", "失业", "下岗", "没有工作", "房贷", "车贷", "看病贵", "治病贵", "医药费", "费用高", "费用不少", "花了不少钱", "花了很多钱", "钱不够", "收入低", "收入少", "没收入", "入不敷出", "揭不开锅"];

    private static readonly string[] FinancialCues = ["经济", "钱", "收入", "工资", "生活", "开销", "开支", "费用", "贷款"];

    private static readonly string[] WorryWords =
        ["担心", "压力大", "压力很大", "压力比较大", "压力特别大", "焦虑", "睡不着", "失眠", "烦恼", "烦心", "心情不好", "情绪低落", "抑郁", "心里难受", "想不开", "苦恼", "忧虑", "发愁", "愁"];

    private static readonly string[] Negations = ["没有", "没什么", "没啥", "没", "无", "不", "不再", "不用", "不太", "并不", "不会", "别"];

    private static readonly char[] ClauseBreaks = ['。', '，', '；', '！', '？', ',', ';', '!', '?', '\n', '\r', '、', '.', '：', ':'];

    public static IEnumerable<HardshipKind> KindsIn(FeedbackTopic topic, string text)
    {
        var found = new HashSet<HardshipKind>();
        foreach (var clause in text.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Mentions(clause, IllnessWords))
            {
                found.Add(HardshipKind.Illness);
            }

            if (Mentions(clause, FamilyStrongWords) || (Mentions(clause, FamilyWords) && Mentions(clause, TroubleCues)))
            {
                found.Add(HardshipKind.Family);
            }

            if (Mentions(clause, FinancialStrongWords)
                || (Mentions(clause, ["困难", "紧张", "拮据", "吃紧"]) && (topic == FeedbackTopic.LifeHelp || Mentions(clause, FinancialCues))))
            {
                found.Add(HardshipKind.Financial);
            }

            if (Mentions(clause, WorryWords))
            {
                found.Add(HardshipKind.Worry);
            }
        }

        return found;
    }

    /// <summary>True when one of <paramref name="words"/> occurs in the clause without a negation right before it.</summary>
    private static bool Mentions(string clause, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            for (var at = clause.IndexOf(word, StringComparison.Ordinal); at >= 0; at = clause.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (!Negated(clause, at))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"没有困难", "不担心", "没什么压力大的事": a negation within the few characters before the keyword.</summary>
    private static bool Negated(string clause, int at)
    {
        var before = clause[Math.Max(0, at - 4)..at];
        return Negations.Any(negation => before.Contains(negation, StringComparison.Ordinal));
    }
}
