namespace BranchBot.Core.Knowledge.Dues;

/// <summary>
/// A dues question that says whose dues it asks ("我还在读书没收入 党费每月交多少", "我种地的 党费交多少") is read by the same
/// payer reading as the dues answer chat gives (<see cref="DuesQuestion"/>), and the knowledge search follows it: an entry
/// about another payer's dues ("在职党员党费怎么计算？", "月工资4000元交多少党费？") gives way to the close entry about that
/// payer's. Without this the words of the income ("收入" read as 工资) pulled a student's question to the salaried rule.
/// </summary>
internal static class DuesPayerSteer
{
    private static readonly (DuesPayerKind Kind, string[] Words)[] EntryWords =
    [
        (DuesPayerKind.Retired, ["退休", "离休"]),
        (DuesPayerKind.Farmer, ["农民"]),
        (DuesPayerKind.Student, ["学生", "研究生", "失业", "下岗", "低保"]),
        (DuesPayerKind.Employed, ["在职", "工资", "年薪"]),
    ];

    /// <summary>
    /// The payer a question asking how much dues are paid speaks of (the salaried when it names none: "党费交多少"); null
    /// when it asks no amount of dues.
    /// </summary>
    public static DuesPayerKind? Asked(string question) =>
        DuesQuestion.TryParse(question)?.Kind ?? DuesQuestion.PayerOfAmountAsk(question);

    /// <summary>The payer an entry's own question is about, null for an entry about dues in general or not about dues.</summary>
    public static DuesPayerKind? OfEntry(string entryQuestion)
    {
        if (!entryQuestion.Contains("党费", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var (kind, words) in EntryWords)
        {
            if (words.Any(word => entryQuestion.Contains(word, StringComparison.Ordinal)))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether an entry about <paramref name="entryPayer"/>'s dues is ruled out by the payer the question speaks of: a
    /// student's question is not a close call between the student's entry and the salaried one, whatever their scores. A
    /// question read as the salaried one's (the default when no payer is named) rules out only the fixed-amount entry
    /// (学生, 失业, 低保), which wins bare amount asks ("党费交多少") by its short wording; retired or farming members'
    /// entries are reached through their own words' kin (养老金, 农村) and stay.
    /// </summary>
    public static bool RuledOut(DuesPayerKind? asked, DuesPayerKind? entryPayer) =>
        asked is not null && entryPayer is not null && entryPayer != asked
        && (asked != DuesPayerKind.Employed || entryPayer == DuesPayerKind.Student);

    /// <summary>
    /// The place in <paramref name="ranked"/> of the entry to move first: the best-ranked entry about the asked payer, when
    /// the first is about another payer; -1 when nothing moves.
    /// </summary>
    public static int Steer(DuesPayerKind? asked, IReadOnlyList<DuesPayerKind?> ranked)
    {
        if (asked is null || ranked.Count == 0 || !RuledOut(asked, ranked[0]))
        {
            return -1;
        }

        for (var i = 1; i < ranked.Count; i++)
        {
            if (ranked[i] == asked)
            {
                return i;
            }
        }

        return -1;
    }
}
