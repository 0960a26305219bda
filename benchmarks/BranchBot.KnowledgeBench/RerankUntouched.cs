using System.Globalization;
using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// Re-ranking between close entries, judged on untouched rows (the parts of <see cref="UntouchedPart.All"/> searched on
/// knowledge/ as it was at each part's first run; see <see cref="UntouchedGateFit"/>). First, with no re-ranking, what
/// separates the first entry from the label entry where the label is 2nd or 3rd: intent, named terms, the share of the
/// question's words in each entry's phrasings, answer length and topic coverage; a tally, then every such line. Then each
/// variant of <see cref="KnowledgeReranker"/>: the right entry first, and the rule gate's precision and coverage, per
/// part and pooled. Hand rules, nothing fitted: every part is a held-out part for them.
/// </summary>
internal static class RerankUntouched
{
    private const int RankDepth = 10;

    private static readonly (string Name, KnowledgeReranker Reranker)[] Variants =
    [
        ("none (BM25 order, main)", KnowledgeReranker.None),
        ("named terms, top 3, within 80%", new KnowledgeReranker { Depth = 3, Closeness = 0.8 }),
        ("named terms, top 3, within 70%", new KnowledgeReranker { Depth = 3, Closeness = 0.7 }),
        ("named terms, top 3, within 90%", new KnowledgeReranker { Depth = 3, Closeness = 0.9 }),
        ("named terms, top 2, within 80%", new KnowledgeReranker { Depth = 2, Closeness = 0.8 }),
        ("named terms, top 3, within 80%, own scores", new KnowledgeReranker { Depth = 3, Closeness = 0.8, ScoresStayInRankOrder = false }),
        ("title terms only, top 3, within 80%", new KnowledgeReranker { Depth = 3, Closeness = 0.8, ByNamedTerms = false, ByTitleTerms = true }),
        ("title terms only, top 3, within 70%", new KnowledgeReranker { Depth = 3, Closeness = 0.7, ByNamedTerms = false, ByTitleTerms = true }),
        ("title terms only, top 3, within 90%", new KnowledgeReranker { Depth = 3, Closeness = 0.9, ByNamedTerms = false, ByTitleTerms = true }),
        ("title terms only, top 2, within 80%", new KnowledgeReranker { Depth = 2, Closeness = 0.8, ByNamedTerms = false, ByTitleTerms = true }),
        ("title terms only, top 3, within 80%, own scores", new KnowledgeReranker { Depth = 3, Closeness = 0.8, ByNamedTerms = false, ByTitleTerms = true, ScoresStayInRankOrder = false }),
        ("named terms, then title terms, top 3, within 80%", new KnowledgeReranker { Depth = 3, Closeness = 0.8, ByTitleTerms = true }),
        ("intent only, top 3, within 80%", new KnowledgeReranker { Depth = 3, Closeness = 0.8, ByNamedTerms = false, ByIntent = true }),
        ("named terms + intent, top 3, within 80%", new KnowledgeReranker { Depth = 3, Closeness = 0.8, ByIntent = true }),
        ("phrasing share lead 0.15 only, top 3, within 80%", new KnowledgeReranker { Depth = 3, Closeness = 0.8, ByNamedTerms = false, PhrasingLead = 0.15 }),
        ("named terms + phrasing lead 0.15, top 3, within 80%", new KnowledgeReranker { Depth = 3, Closeness = 0.8, PhrasingLead = 0.15 }),
    ];

    public static void Run(BenchData data, string root)
    {
        var parts = UntouchedPart.LoadAll(data, root);

        Separation(parts);

        var figures = new List<(string Name, List<(int Top1, int InScope, GateFigures Gate)> PerPart)>();
        var variants = Variants.ToList();
        foreach (var target in new[] { 0.6, 0.7, 0.8 })
        {
            variants.Add(($"pairwise logistic, leave one part out, swap at {target:P0} on the other parts", KnowledgeReranker.None));
        }

        foreach (var (name, fixedReranker) in variants)
        {
            var target = name.StartsWith("pairwise", StringComparison.Ordinal) ? double.Parse(name.Split(" at ")[1].Split('%')[0], CultureInfo.InvariantCulture) / 100 : 0;
            var perPart = new List<(int, int, GateFigures)>();
            foreach (var part in parts)
            {
                var reranker = target == 0 ? fixedReranker : Pairwise(parts.Where(p => p.Name != part.Name), target);
                var index = new KnowledgeIndex(part.Entries, null, KnowledgeTokenizer.Terms, reranker);
                var lines = part.Cases.Select(c => (Case: c, Result: index.Search(c.Question))).ToList();
                var top1 = lines.Count(l => l.Case.IsInScope && l.Result.Best?.Entry.Question == l.Case.Expected);
                var gate = GateFigures.Of(lines.Select(l => (l.Case, GateRow.From(part.Name, l.Case, l.Result))), row => row.RuleAnswers);
                perPart.Add((top1, lines.Count(l => l.Case.IsInScope), gate));
            }

            figures.Add((name, perPart));
        }

        Console.WriteLine();
        Console.WriteLine("Variants on untouched rows (top-1 = right entry first among in-scope lines; precision and coverage of the rule gate):");
        Console.WriteLine("| variant | top-1 | precision | coverage | off-topic declined | not covered declined | right vs none | wrong vs none (all kinds) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        var baseline = Pool(figures[0].PerPart);
        foreach (var (name, perPart) in figures)
        {
            var (top1, inScope, gate) = Pool(perPart);
            Console.WriteLine($"| {name} | {Percent(top1, inScope)} | {gate.Cells()} | {gate.Right - baseline.Gate.Right:+0;-0;0} | {gate.Wrong - baseline.Gate.Wrong:+0;-0;0} |");
        }

        foreach (var (name, perPart) in figures.Where((_, v) => v == 0 || v >= figures.Count - 3))
        {
            Console.WriteLine();
            Console.WriteLine($"Per part: {name}");
            Console.WriteLine("| part | top-1 | precision | coverage | off-topic declined | not covered declined |");
            Console.WriteLine("|---|---|---|---|---|---|");
            for (var p = 0; p < parts.Count; p++)
            {
                Console.WriteLine($"| {parts[p].Name} | {Percent(perPart[p].Top1, perPart[p].InScope)} | {perPart[p].Gate.Cells()} |");
            }
        }

        Final(data, parts);
    }

    /// <summary>The pairwise model fitted on all ten parts' untouched rows, as the constants the product holds, and today's tuning parts with and without the product's re-ranking.</summary>
    private static void Final(BenchData data, List<(string Name, IReadOnlyList<KnowledgeEntry> Entries, List<EvaluationCase> Cases)> parts)
    {
        foreach (var target in new[] { 0.7, 0.8 })
        {
            var (model, reranker) = PairwiseModel(parts, target);
            Console.WriteLine();
            Console.WriteLine($"Pairwise model fitted on all ten parts' untouched rows, swap at {target:P0}:");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    intercept {model.Intercept:R}; weights {string.Join(", ", model.Weights.Select(w => w.ToString("R", CultureInfo.InvariantCulture)))}; threshold {model.Threshold:R}"));
            Tuning(data, $"the pairwise model at {target:P0}", reranker);
        }

        Tuning(data, "named terms, top 3, within 90%", new KnowledgeReranker { Depth = 3, Closeness = 0.9 });
        Tuning(data, "KnowledgeReranker.Default (the product)", KnowledgeReranker.Default);
    }

    private static void Tuning(BenchData data, string name, KnowledgeReranker after)
    {
        Console.WriteLine();
        Console.WriteLine($"Today's tuning parts (today's knowledge/; right entry first, then the rule gate), no re-ranking → {name}:");
        Console.WriteLine("| part | top-1 before | top-1 after | precision before | precision after | coverage before | coverage after |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        (int Top1, int InScope, GateFigures Gate)[] sums = [(0, 0, new GateFigures()), (0, 0, new GateFigures())];
        foreach (var part in data.Tuning)
        {
            var cells = new List<(int Top1, int InScope, GateFigures Gate)>();
            foreach (var reranker in new[] { KnowledgeReranker.None, after })
            {
                var index = new KnowledgeIndex(data.Entries, null, KnowledgeTokenizer.Terms, reranker);
                var lines = part.Cases.Select(c => (Case: c, Result: index.Search(c.Question))).ToList();
                cells.Add((lines.Count(l => l.Case.IsInScope && l.Result.Best?.Entry.Question == l.Case.Expected), lines.Count(l => l.Case.IsInScope),
                    GateFigures.Of(lines.Select(l => (l.Case, GateRow.From(part.Name, l.Case, l.Result))), row => row.RuleAnswers)));
            }

            for (var k = 0; k < 2; k++)
            {
                sums[k] = (sums[k].Top1 + cells[k].Top1, sums[k].InScope + cells[k].InScope, sums[k].Gate.Add(cells[k].Gate));
            }

            Console.WriteLine($"| {part.Name} | {Percent(cells[0].Top1, cells[0].InScope)} | {Percent(cells[1].Top1, cells[1].InScope)} | {Percent(cells[0].Gate.Right, cells[0].Gate.Answered)} | {Percent(cells[1].Gate.Right, cells[1].Gate.Answered)} | {Percent(cells[0].Gate.Right, cells[0].Gate.InScope)} | {Percent(cells[1].Gate.Right, cells[1].Gate.InScope)} |");
        }

        Console.WriteLine($"| **all** | {Percent(sums[0].Top1, sums[0].InScope)} | {Percent(sums[1].Top1, sums[1].InScope)} | {Percent(sums[0].Gate.Right, sums[0].Gate.Answered)} | {Percent(sums[1].Gate.Right, sums[1].Gate.Answered)} | {Percent(sums[0].Gate.Right, sums[0].Gate.InScope)} | {Percent(sums[1].Gate.Right, sums[1].Gate.InScope)} |");
        Console.WriteLine($"Off-topic declined {sums[0].Gate.OffTopicDeclined}/{sums[0].Gate.OffTopic} → {sums[1].Gate.OffTopicDeclined}/{sums[1].Gate.OffTopic}; not covered declined {sums[0].Gate.NotCoveredDeclined}/{sums[0].Gate.NotCovered} → {sums[1].Gate.NotCoveredDeclined}/{sums[1].Gate.NotCovered}");
    }

    /// <summary>
    /// A pairwise logistic model fitted on the given parts' untouched rows (no re-ranking): for each in-scope line whose
    /// label is among the first three, the pairs (first, 2nd) and (first, 3rd), right when the later one is the label.
    /// The swap threshold is set for <paramref name="target"/> right among the swaps on those parts.
    /// </summary>
    private static KnowledgeReranker Pairwise(IEnumerable<(string Name, IReadOnlyList<KnowledgeEntry> Entries, List<EvaluationCase> Cases)> training, double target) =>
        PairwiseModel(training, target).Reranker;

    private static (LogisticGate Model, KnowledgeReranker Reranker) PairwiseModel(IEnumerable<(string Name, IReadOnlyList<KnowledgeEntry> Entries, List<EvaluationCase> Cases)> training, double target)
    {
        var xs = new List<double[]>();
        var ys = new List<bool>();
        foreach (var part in training)
        {
            var index = new KnowledgeIndex(part.Entries, null, KnowledgeTokenizer.Terms, KnowledgeReranker.None);
            foreach (var c in part.Cases.Where(c => c.IsInScope))
            {
                var result = index.Search(c.Question, 3);
                var rank = result.Matches.ToList().FindIndex(m => m.Entry.Question == c.Expected) + 1;
                if (rank == 0)
                {
                    continue;
                }

                var named = KnowledgeIndex.NamedTerms(c.Question);
                for (var k = 1; k < result.Matches.Count; k++)
                {
                    xs.Add(KnowledgeReranker.PairFeatures(result.Matches[k].Candidate, result.Matches[0].Candidate, named));
                    ys.Add(rank == k + 1);
                }
            }
        }

        var model = LogisticGate.Fit(xs, ys, target);
        return (model, new KnowledgeReranker { Depth = 3, Closeness = 0, Prefers = (o, f, named) => model.Answers(KnowledgeReranker.PairFeatures(o, f, named)) });
    }

    /// <summary>Per variant, the per-part figures of one variant by name, for the doc (pooled row last).</summary>
    private static (int Top1, int InScope, GateFigures Gate) Pool(List<(int Top1, int InScope, GateFigures Gate)> perPart) =>
        perPart.Aggregate((0, 0, new GateFigures()), (sum, x) => (sum.Item1 + x.Top1, sum.Item2 + x.InScope, sum.Item3.Add(x.Gate)));

    /// <summary>With no re-ranking: what separates the first entry from the label entry ranked 2nd or 3rd, and the same for right-first lines against their 2nd.</summary>
    private static void Separation(List<(string Name, IReadOnlyList<KnowledgeEntry> Entries, List<EvaluationCase> Cases)> parts)
    {
        var tally = new Dictionary<string, int[]>();
        var answered = false;
        void Count(string key, bool labelBehind)
        {
            var cells = tally.TryGetValue(key, out var found) ? found : tally[key] = new int[4];
            cells[(labelBehind ? 0 : 2) + (answered ? 1 : 0)]++;
        }

        var printed = new List<string>();
        foreach (var part in parts)
        {
            var index = new KnowledgeIndex(part.Entries, null, KnowledgeTokenizer.Terms, KnowledgeReranker.None);
            foreach (var c in part.Cases.Where(c => c.IsInScope))
            {
                var result = index.Search(c.Question, RankDepth);
                var rank = result.Matches.ToList().FindIndex(m => m.Entry.Question == c.Expected) + 1;
                if (rank is not (1 or 2 or 3) || result.Matches.Count < 2)
                {
                    continue;
                }

                var first = result.Matches[0];
                var other = rank == 1 ? result.Matches[1] : result.Matches[rank - 1];
                var behind = rank != 1;
                answered = result.Verdict == KnowledgeVerdict.Answered;
                var named = KnowledgeIndex.NamedTerms(c.Question);
                var ratio = other.Score / first.Score;
                Count("all", behind);
                Count(ratio >= 0.9 ? "score within 90%" : ratio >= 0.8 ? "score within 80–90%" : ratio >= 0.7 ? "score within 70–80%" : "score below 70%", behind);
                var own = other.Candidate.NamedHeld & named;
                var theirs = first.Candidate.NamedHeld & named;
                Count(named == 0 ? "question names no term" : own == theirs ? "named: both hold the same" : (theirs & ~own) == 0 ? "named: other holds more (superset)" : (own & ~theirs) == 0 ? "named: first holds more (superset)" : "named: each holds one the other lacks", behind);
                var titleBeats = new KnowledgeReranker { ByNamedTerms = false, ByTitleTerms = true }.Beats(other.Candidate, first.Candidate, named);
                var titleLoses = new KnowledgeReranker { ByNamedTerms = false, ByTitleTerms = true }.Beats(first.Candidate, other.Candidate, named);
                Count(titleBeats ? "title terms: other better" : titleLoses ? "title terms: first better" : "title terms: neither", behind);
                Count($"intent first {first.Intent} / other {other.Intent}", behind);
                var share = other.Candidate.PhrasingShare - first.Candidate.PhrasingShare;
                Count(share >= 0.15 ? "phrasing share: other ahead ≥ 0.15" : share <= -0.15 ? "phrasing share: first ahead ≥ 0.15" : "phrasing share within 0.15", behind);
                var topic = other.TopicCoverage - first.TopicCoverage;
                Count(topic > 0.01 ? "topic coverage: other higher" : topic < -0.01 ? "topic coverage: first higher" : "topic coverage equal", behind);
                Count(other.Entry.Answer.Length > first.Entry.Answer.Length ? "answer: other longer" : "answer: first longer or equal", behind);
                if (behind)
                {
                    printed.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{part.Name} rank {rank} {(answered ? "ANSWERED" : "declined")} ratio {ratio:F2} | {c.Question}\n    first: {first.Entry.Question} [{first.Intent}, topic {first.TopicCoverage:F2}, phr {first.Candidate.PhrasingShare:F2}, cov {first.Coverage:F2}, named {KnowledgeReranker.NamedCount(first.Candidate, named)}/{System.Numerics.BitOperations.PopCount(named)}, len {first.Entry.Answer.Length}]\n    label: {other.Entry.Question} [{other.Intent}, topic {other.TopicCoverage:F2}, phr {other.Candidate.PhrasingShare:F2}, cov {other.Coverage:F2}, named {KnowledgeReranker.NamedCount(other.Candidate, named)}, len {other.Entry.Answer.Length}]"));
                }
            }
        }

        Console.WriteLine("What separates the label entry (2nd/3rd) from the first, against right-first lines and their 2nd (no re-ranking):");
        Console.WriteLine("| evidence | label 2nd/3rd, declined | label 2nd/3rd, answered (wrong answers) | right first (other = the 2nd), declined | right first, answered |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (key, cells) in tally.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"| {key} | {string.Join(" | ", cells)} |");
        }

        Console.WriteLine();
        Console.WriteLine($"Lines with the label 2nd or 3rd ({printed.Count}):");
        foreach (var line in printed)
        {
            Console.WriteLine(line);
        }
    }

    private static string Percent(int count, int total) => string.Create(CultureInfo.InvariantCulture, $"{count}/{total} = {100.0 * count / Math.Max(1, total):F1}%");
}
