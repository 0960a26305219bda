namespace BranchBot.Core.Knowledge;

/// <summary>
/// Members often say who they are or what happened before they ask ("我是发展对象，政审要审些啥", "我们支部才5个人，要不要
/// 设支委会", "刚当上组织委员，三会一课指哪几个会"). The leading clauses are context: they say whom the question concerns,
/// not what it asks, so they must not pull the search towards entries about the member's role or stage. Context is a
/// first clause starting with 我 or 刚 that asks nothing itself, and the clauses after it that ask nothing either, as
/// long as a clause is left to ask.
/// </summary>
internal static class KnowledgeSituation
{
    private static readonly char[] ClauseEnds = ['，', ',', '；', ';', '。', ' ', '　', '、'];

    private static readonly string[] Openings = ["我", "刚"];

    /// <summary>Words that make a clause a question (checked before normalising): such a clause is asked, not context.</summary>
    private static readonly string[] QuestionWords =
    [
        "吗", "么", "呢", "什么", "啥", "怎", "咋", "谁", "哪", "几", "多少", "多久", "多长", "能不能", "可以", "可不可以", "能否",
        "要不要", "是不是", "算不算", "会不会", "有没有", "行不行", "需不需要", "？", "?",
    ];

    /// <summary>The leading context of a question and what is left to ask; no context, the whole question asked, when it has none.</summary>
    public static (string Context, string Asked) Split(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Trim();
        if (!Openings.Any(o => text.StartsWith(o, StringComparison.Ordinal)))
        {
            return ("", text);
        }

        var end = 0;
        while (true)
        {
            var next = text.IndexOfAny(ClauseEnds, end);
            if (next < 0 || next >= text.Length - 1 || Asks(text[end..next]))
            {
                break;
            }

            end = next + 1;
        }

        return end == 0 ? ("", text) : (text[..(end - 1)], text[end..]);
    }

    /// <summary>Whether the text opens the way a member's situation does (我…, 刚…), whatever it goes on to ask.</summary>
    internal static bool Opens(string text) => Openings.Any(o => text.TrimStart().StartsWith(o, StringComparison.Ordinal));

    internal static bool Asks(string clause) => QuestionWords.Any(word => clause.Contains(word, StringComparison.Ordinal));
}
