namespace BranchBot.Core.Knowledge;

/// <summary>
/// Whether two entries give the same answer in substance: they cite the same article of the same document, or at
/// least half of the shorter answer's character pairs are in the longer one. The knowledge base keeps such
/// near-duplicates for different wordings ("支部大会谁主持" and "书记不在谁主持"), and a question close to both is no doubt about the answer.
/// </summary>
internal sealed class KnowledgeAnswerKinship
{
    /// <summary>Share of the shorter answer's character pairs the other must contain for the two to count as one: half.</summary>
    private const double SharedPairs = 0.5;

    private readonly IReadOnlyList<KnowledgeEntry> _entries;
    private readonly HashSet<int>[] _answerPairs;

    public KnowledgeAnswerKinship(IReadOnlyList<KnowledgeEntry> entries)
    {
        _entries = entries;
        _answerPairs = [.. entries.Select(e => Pairs(KnowledgeTextNormalizer.Normalize(e.Answer)))];
    }

    public bool Same(int first, int second)
    {
        var a = _entries[first].Source;
        var b = _entries[second].Source;
        if (a.Article is not null && a.Article == b.Article && a.Document == b.Document)
        {
            return true;
        }

        var (shorter, longer) = _answerPairs[first].Count <= _answerPairs[second].Count
            ? (_answerPairs[first], _answerPairs[second])
            : (_answerPairs[second], _answerPairs[first]);
        return shorter.Count > 0 && shorter.Count(longer.Contains) >= SharedPairs * shorter.Count;
    }

    private static HashSet<int> Pairs(string text)
    {
        var pairs = new HashSet<int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            pairs.Add((text[i] << 16) | text[i + 1]);
        }

        return pairs;
    }
}
