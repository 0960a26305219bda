namespace BranchBot.Dialogs.Intents.Examples;

/// <summary>
/// The tuning evaluation files' intent and none lines (intent-examples.tsv, an embedded resource regenerated from those
/// files by <c>IntentExampleBankFileTests</c>; never a held-out file) as a second opinion on a reading: a sentence's
/// nearest examples by TF-IDF cosine over characters and character pairs (<see cref="ExampleFeatures"/>) vote for their
/// labels, each vote weighted by its similarity. The rules decide what a sentence asks for; the bank only says when the
/// lines people actually typed like it meant something else (<see cref="ExampleVeto"/>).
/// </summary>
public sealed class IntentExampleBank
{
    public const string Ask = "ASK";
    public const string None = "NONE";

    public const string ResourceName = "BranchBot.Dialogs.Intents.Examples.intent-examples.tsv";

    private readonly IntentExample[] _examples;
    private readonly Dictionary<string, double> _idf;
    private readonly Dictionary<string, List<(int Example, double Weight)>> _postings;
    private readonly Dictionary<string, int> _labelExamples;
    private readonly Dictionary<string, Dictionary<string, int>> _labelFeatures;
    private readonly Dictionary<string, int> _labelFeatureTotals;

    private IntentExampleBank(IEnumerable<IntentExample> examples)
    {
        _examples = [.. examples];
        var features = _examples.Select(e => ExampleFeatures.Of(IntentText.Clean(e.Text))).ToArray();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in features.SelectMany(f => f.Keys))
        {
            documentFrequency[feature] = documentFrequency.TryGetValue(feature, out var count) ? count + 1 : 1;
        }

        _idf = documentFrequency.ToDictionary(f => f.Key, f => Math.Log((_examples.Length + 1.0) / (f.Value + 1.0)) + 1, StringComparer.Ordinal);
        _postings = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        for (var i = 0; i < features.Length; i++)
        {
            foreach (var (feature, weight) in Weigh(features[i]))
            {
                if (!_postings.TryGetValue(feature, out var list))
                {
                    _postings[feature] = list = [];
                }

                list.Add((i, weight));
            }
        }

        _labelExamples = _examples.GroupBy(e => e.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _labelFeatures = _labelExamples.Keys.ToDictionary(label => label, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
        for (var i = 0; i < features.Length; i++)
        {
            var counts = _labelFeatures[_examples[i].Label];
            foreach (var feature in features[i].Keys)
            {
                counts[feature] = counts.GetValueOrDefault(feature) + 1;
            }
        }

        _labelFeatureTotals = _labelFeatures.ToDictionary(l => l.Key, l => l.Value.Values.Sum(), StringComparer.Ordinal);
    }

    public IReadOnlyList<IntentExample> Examples => _examples;

    public static IntentExampleBank From(IEnumerable<IntentExample> examples) => new(examples);

    /// <summary>The bank the product uses: every example in the embedded intent-examples.tsv.</summary>
    public static IntentExampleBank Load()
    {
        using var stream = typeof(IntentExampleBank).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in {typeof(IntentExampleBank).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return From(Parse(reader.ReadToEnd()));
    }

    /// <summary>The lines of intent-examples.tsv: source, label and text separated by tabs; # starts a comment.</summary>
    public static IEnumerable<IntentExample> Parse(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        foreach (var line in file.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var columns = line.Split('\t');
            if (columns.Length != 3)
            {
                throw new FormatException($"intent-examples.tsv: 「{line}」 does not have three columns.");
            }

            yield return new IntentExample(columns[0], columns[1], columns[2]);
        }
    }

    /// <summary>The same bank without one source file's lines (the leave-one-file-out measure).</summary>
    public IntentExampleBank Without(string source) => From(_examples.Where(e => e.Source != source));

    /// <summary>The votes of the <paramref name="neighbours"/> examples most like the cleaned sentence.</summary>
    public ExampleVote Vote(string clean, int neighbours)
    {
        var query = Weigh(ExampleFeatures.Of(clean ?? string.Empty));
        var scores = new Dictionary<int, double>();
        foreach (var (feature, weight) in query)
        {
            if (_postings.TryGetValue(feature, out var list))
            {
                foreach (var (example, exampleWeight) in list)
                {
                    scores[example] = scores.GetValueOrDefault(example) + (weight * exampleWeight);
                }
            }
        }

        var nearest = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(neighbours).ToList();
        var total = nearest.Sum(s => s.Value);
        if (total <= 0)
        {
            return ExampleVote.Empty;
        }

        var shares = nearest.GroupBy(s => _examples[s.Key].Label, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Value) / total, StringComparer.Ordinal);
        return new ExampleVote(shares, nearest[0].Value);
    }

    /// <summary>
    /// Naive Bayes over the same features, each counted once per sentence, with add-<paramref name="smoothing"/>
    /// smoothing: each label's posterior share. <see cref="ExampleVote.Nearest"/> is the nearest example's cosine.
    /// </summary>
    public ExampleVote Bayes(string clean, double smoothing)
    {
        var features = ExampleFeatures.Of(clean ?? string.Empty).Keys.Where(_idf.ContainsKey).ToList();
        if (features.Count == 0)
        {
            return ExampleVote.Empty;
        }

        var vocabulary = _idf.Count;
        var logs = _labelExamples.ToDictionary(
            label => label.Key,
            label => Math.Log(label.Value / (double)_examples.Length) + features.Sum(f =>
                Math.Log((_labelFeatures[label.Key].GetValueOrDefault(f) + smoothing) / (_labelFeatureTotals[label.Key] + (smoothing * vocabulary)))),
            StringComparer.Ordinal);
        var most = logs.Values.Max();
        var total = logs.Values.Sum(l => Math.Exp(l - most));
        return new ExampleVote(logs.ToDictionary(l => l.Key, l => Math.Exp(l.Value - most) / total, StringComparer.Ordinal), Vote(clean ?? string.Empty, 1).Nearest);
    }

    /// <summary>TF-IDF weights (1 + log tf) normalised to unit length; a feature no example has is dropped.</summary>
    private Dictionary<string, double> Weigh(Dictionary<string, int> counts)
    {
        var weights = counts.Where(c => _idf.ContainsKey(c.Key))
            .ToDictionary(c => c.Key, c => (1 + Math.Log(c.Value)) * _idf[c.Key], StringComparer.Ordinal);
        var length = Math.Sqrt(weights.Values.Sum(w => w * w));
        return length == 0 ? weights : weights.ToDictionary(w => w.Key, w => w.Value / length, StringComparer.Ordinal);
    }
}
