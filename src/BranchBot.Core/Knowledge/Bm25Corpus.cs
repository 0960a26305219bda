namespace BranchBot.Core.Knowledge;

/// <summary>Okapi BM25 over documents given as term lists.</summary>
internal sealed class Bm25Corpus
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, int>[] _termCounts;
    private readonly int[] _lengths;
    private readonly Dictionary<string, List<(int Document, int Count)>> _postings = new(StringComparer.Ordinal);
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

            foreach (var (term, count) in counts)
            {
                if (!_postings.TryGetValue(term, out var postings))
                {
                    _postings[term] = postings = [];
                }

                postings.Add((d, count));
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
        var df = _postings.TryGetValue(term, out var postings) ? postings.Count : 0;
        return Math.Log(1 + ((Count - df + 0.5) / (df + 0.5)));
    }

    public bool Contains(int document, string term) => _termCounts[document].ContainsKey(term);

    /// <summary>The documents that hold the term.</summary>
    public IEnumerable<int> Documents(string term) =>
        _postings.TryGetValue(term, out var postings) ? postings.Select(p => p.Document) : [];

    /// <summary>The question's terms with their weight times IDF, worked out once per question and corpus.</summary>
    public (string Term, double WeightedIdf)[] Prepare(IReadOnlyDictionary<string, double> queryWeights) =>
        [.. queryWeights.Where(w => _postings.ContainsKey(w.Key)).Select(w => (w.Key, w.Value * Idf(w.Key)))];

    /// <summary>Every document's score, walking only the documents that hold one of the question's terms.</summary>
    public double[] ScoreAll((string Term, double WeightedIdf)[] query)
    {
        var scores = new double[Count];
        foreach (var (term, weightedIdf) in query)
        {
            foreach (var (document, tf) in _postings[term])
            {
                var norm = K1 * (1 - B + (B * _lengths[document] / _averageLength));
                scores[document] += weightedIdf * tf * (K1 + 1) / (tf + norm);
            }
        }

        return scores;
    }
}
