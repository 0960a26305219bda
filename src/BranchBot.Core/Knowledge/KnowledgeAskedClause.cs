namespace BranchBot.Core.Knowledge;

/// <summary>
/// The clause a member asks, read apart from the situation told before it ("我是预备党员 下个月支部换届 我能投票吗" asks
/// "我能投票吗"; "老党员住院半年了，党费怎么交" asks "党费怎么交"): from the first clause holding a question word
/// (<see cref="KnowledgeSituation.Asks"/>) to the end. Unlike <see cref="KnowledgeSituation"/> the preamble need not open with
/// 我 or 刚: this reading only measures how much of what is asked an entry holds, it does not steer the search.
/// </summary>
internal static class KnowledgeAskedClause
{
    private static readonly char[] ClauseEnds = ['，', ',', '；', ';', '。', ' ', '　', '、', '！', '!', '：', ':'];

    private static readonly string[] WhatWords = ["什么", "啥", "哪些", "哪几"];

    private static readonly string[] YesNoWords = ["吗", "么", "不", "没", "是否", "算"];

    /// <summary>
    /// Whether the asked clause asks what something is or holds ("政审要审些啥") rather than whether it holds: an entry whose
    /// own question is a yes/no one ("发展对象一定要进行政治审查吗？") answers another question.
    /// </summary>
    public static bool AsksWhat(string asked) =>
        WhatWords.Any(w => asked.Contains(w, StringComparison.Ordinal)) && !YesNoWords.Any(w => asked.Contains(w, StringComparison.Ordinal));

    /// <summary>Whether an entry's own question asks yes or no ("…吗？") and not what.</summary>
    public static bool IsYesNo(string entryQuestion) =>
        entryQuestion.TrimEnd('？', '?').EndsWith('吗') && !WhatWords.Any(w => entryQuestion.Contains(w, StringComparison.Ordinal));

    /// <summary>What is asked, or the whole question when its first clause already asks (or no clause does).</summary>
    public static string Asked(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Trim();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOfAny(ClauseEnds, start);
            var clause = end < 0 ? text[start..] : text[start..end];
            if (KnowledgeSituation.Asks(clause))
            {
                return text[start..];
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return text;
    }
}
