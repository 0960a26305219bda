namespace BranchBot.Core.Knowledge;

/// <summary>Okapi BM25 over documents given as term lists.</summary>
internal sealed class Bm25Corpus
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, int>[] _termCounts;
    private readonly int[] _lengths;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    public Bm25Corpus(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        _termCounts = new Dictionary<string, int>[documents.Count];
        _lengths = new int[documents.Count];
        for (var d = 0; d < documents.Count; d++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in documents[d])
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }

            foreach (var term in counts.Keys)
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            }

            _termCounts[d] = counts;
            _lengths[d] = documents[d].Count;
        }

        _averageLength = documents.Count == 0 ? 1 : Math.Max(1, _lengths.Average());
    }

    public int Count => _lengths.Length;

    /// <summary>Inverse document frequency; a term no document has gets the highest value.</summary>
    public double Idf(string term)
    {
        var df = _documentFrequency.GetValueOrDefault(term);
        return Math.Log(1 + ((Count - df + 0.5) / (df + 0.5)));
    }

    public bool Contains(int document, string term) => _termCounts[document].ContainsKey(term);

    /// <summary>The question's terms with their weight times IDF, worked out once per question and corpus.</summary>
    public (string Term, double WeightedIdf)[] Prepare(IReadOnlyDictionary<string, double> queryWeights) =>
        [.. queryWeights.Where(w => _documentFrequency.ContainsKey(w.Key)).Select(w => (w.Key, w.Value * Idf(w.Key)))];

    public double Score(int document, (string Term, double WeightedIdf)[] query)
    {
        var counts = _termCounts[document];
        var norm = K1 * (1 - B + (B * _lengths[document] / _averageLength));
        var score = 0.0;
        foreach (var (term, weightedIdf) in query)
        {
            if (counts.TryGetValue(term, out var tf))
            {
                score += weightedIdf * tf * (K1 + 1) / (tf + norm);
            }
        }

        return score;
    }
}
