namespace BranchBot.Core.Knowledge;

/// <summary>
/// Which of a question's terms say what it is about. "党员可以炒股吗" matches entries on 党员 and 可以 alone; what it
/// asks about is 炒股, which no entry mentions. A term is a topic term unless one of its characters is a question or
/// function word (可, 能, 要, 什么, 多少 …) or part of the nouns nearly every question carries (党员, 支部).
/// </summary>
internal static class KnowledgeTopic
{
    // Checked on normalised text: synonyms are canonical (能不能 → 可以, 啥 → 什么) and numerals Arabic, so "1" is 一.
    private const string NotTopic =
        "的了吗呢吧啊呀是有没不在和跟与及或也都还就又才要能会可以得该应怎么什啥哪些谁几多少这那个我你他她们把被给向对从到为" +
        "里后前时候1去来做干让请想问如何样办" +
        "具体底平常般规找说点好聊次别家老面年半天起码只之当所最自己搞快听简较适拿第再安排刚" +
        "党员支部";

    public static bool IsTopic(string term)
    {
        foreach (var unit in term.Split(KnowledgeTokenizer.PairSeparator))
        {
            if ((unit.Length == 1 && NotTopic.Contains(unit[0], StringComparison.Ordinal)) || char.IsAsciiDigit(unit[0]))
            {
                return false;
            }
        }

        return true;
    }
}
