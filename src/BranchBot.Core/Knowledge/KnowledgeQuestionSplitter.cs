namespace BranchBot.Core.Knowledge;

/// <summary>
/// Members often ask two things in one line ("预备期多长 期间能投票吗", "转正要交什么材料 谁批", "培养联系人几个？必须是正式党员吗",
/// "留党察看最长几年，另外察看期间能不能投票"). Each half is usually a different entry's question, and the search, scoring the
/// line as one, finds one entry for half of it. The line is cut into clauses at punctuation, spaces and the words that
/// add a second ask (还有, 另外, 以及, 顺便问); a clause that asks (a question word, 吗 …) closes a question, and a clause
/// that asks nothing (context: "我是预备党员，") belongs to the question it leads into, or to the one before when it trails.
/// Exactly two questions, each asking with a question word of its own (a bare "村里的呢" follows up on the first and is no
/// second ask) and holding a word besides it, are returned as two parts; anything else stays one. "能不能…吗" in one clause is one question.
/// </summary>
public static class KnowledgeQuestionSplitter
{
    private static readonly char[] ClauseEnds = ['，', ',', '；', ';', '。', '？', '?', '！', '!', ' ', '　', '\n'];

    /// <summary>Words that add a second ask: a clause boundary where they stand, dropped from the part that follows.</summary>
    private static readonly string[] Joiners = ["顺便问一下", "顺便问问", "顺便问", "另外问一下", "另外", "还有就是", "还有", "以及", "再问一下", "再问", "然后"];

    /// <summary>Particles that end a question: a clause boundary after them when more follows ("…有规定吗领导干部要讲吗").</summary>
    private static readonly char[] QuestionEnds = ['吗', '呢'];

    /// <summary>Words that make a clause a question (as <see cref="KnowledgeSituation"/> reads them, with 多长 and 如何).</summary>
    private static readonly string[] QuestionWords =
    [
        "吗", "么", "呢", "什么", "啥", "怎", "咋", "谁", "哪", "几", "多少", "多久", "多长", "如何", "能不能", "可不可以", "能否",
        "要不要", "是不是", "算不算", "会不会", "有没有", "行不行", "需不需要", "用不用", "得不得", "该不该",
    ];

    /// <summary>Characters of content a part needs of its own, besides question words and particles, to be searched alone ("谁批": 批).</summary>
    private const int MinimumContent = 1;

    /// <summary>The question's two asks, in order; the question alone when it asks one thing (or more than two).</summary>
    public static IReadOnlyList<string> Split(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var clauses = Clauses(question.Trim());
        var asks = new List<string>();
        var pending = "";
        foreach (var clause in clauses)
        {
            pending = pending.Length == 0 ? clause : pending + "，" + clause;
            if (Asks(clause))
            {
                asks.Add(pending);
                pending = "";
            }
        }

        if (pending.Length > 0)
        {
            if (asks.Count == 0)
            {
                return [question];
            }

            asks[^1] += "，" + pending;
        }

        return asks.Count == 2 && asks.All(a => Content(a) >= MinimumContent && AsksOnItsOwn(a)) ? asks : [question];
    }

    /// <summary>
    /// A question followed by a bare follow-up that carries it over to another case ("处分影响期多久 撤职呢": a clause whose
    /// only question word is 呢, holding a word besides it): the question (with any context clauses before it) and the
    /// follow-up; null for any other line.
    /// </summary>
    public static (string Question, string FollowUp)? BareFollowUp(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var clauses = Clauses(question.Trim());
        if (clauses.Count < 2 || !clauses[^1].EndsWith('呢') || AsksOnItsOwn(clauses[^1]) || Content(clauses[^1]) < MinimumContent
            || !AsksOnItsOwn(clauses[^2]) || clauses[..^2].Any(Asks))
        {
            return null;
        }

        return (string.Join('，', clauses[..^1]), clauses[^1]);
    }

    private static List<string> Clauses(string text)
    {
        foreach (var joiner in Joiners)
        {
            text = text.Replace(joiner, "\n", StringComparison.Ordinal);
        }

        foreach (var end in QuestionEnds)
        {
            text = text.Replace(end.ToString(), end + "\n", StringComparison.Ordinal);
        }

        return [.. text.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    private static bool Asks(string clause) => QuestionWords.Any(word => clause.Contains(word, StringComparison.Ordinal));

    /// <summary>A question word besides 呢: "村里的呢" only carries the first question over to another case.</summary>
    private static bool AsksOnItsOwn(string part) => QuestionWords.Any(word => word != "呢" && part.Contains(word, StringComparison.Ordinal));

    /// <summary>The clause's characters once question words and particles are taken out.</summary>
    private static int Content(string part)
    {
        var normalized = KnowledgeTextNormalizer.Normalize(part);
        foreach (var word in QuestionWords)
        {
            normalized = normalized.Replace(word, "", StringComparison.Ordinal);
        }

        return normalized.Length;
    }
}
