using System.Diagnostics;
using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// Character BM25 (the product), the same index over jieba.NET words, and Lucene.Net (CJK bigrams, SmartCn) side by
/// side on the same entries: accuracy on each tuning part and the held-out part of the evaluation set, one-time load,
/// index build time and query latency. Thresholds are tuned on the tuning parts only (together) and then applied unchanged to the
/// held-out part, whose questions are never printed. Prints Markdown tables for docs/benchmarks.md.
/// </summary>
internal static class Comparison
{
    private const int Builds = 10;
    private const int Rounds = 20;

    public static void Run(BenchData data)
    {
        var parts = string.Join("; ", data.Tuning.Select(part => $"{part.Name} part: {Describe(part.Cases)}"));
        Console.WriteLine($"{data.Entries.Count} entries; {parts}; held-out part: {(data.HeldOut is null ? "not present" : Describe(data.HeldOut))}");
        Console.WriteLine();
        var systems = Systems(data).ToList();
        Console.WriteLine("| system | part | in-scope top-1 (no threshold) | precision (correct / answered) | coverage (correct / in scope) | off-topic declined | not covered, not answered | threshold |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var system in systems)
        {
            var retriever = system.Retriever(system.Build());
            var runs = data.Tuning.Select(part => (part.Name, Runs: Run(retriever, part.Cases))).ToList();
            var tuned = Accuracy.Tune([.. runs.SelectMany(part => part.Runs)]);
            foreach (var (rule, threshold) in system.ProductRule ? [("product rule", double.Epsilon), ($"topic support ≥ {tuned.Threshold:F3}, tuned", tuned.Threshold)] : new[] { ($"relevance ≥ {tuned.Threshold:F3}, tuned", tuned.Threshold) })
            {
                foreach (var (name, partRuns) in runs)
                {
                    Console.WriteLine($"| {system.Name} | {name} | {Accuracy.Measure(partRuns, threshold).Cells()} | {rule} |");
                }

                if (data.HeldOut is not null)
                {
                    Console.WriteLine($"| {system.Name} | held-out | {Accuracy.Measure(Run(retriever, data.HeldOut), threshold).Cells()} | {rule} |");
                }
            }

            (retriever as IDisposable)?.Dispose();
        }

        Console.WriteLine();
        Console.WriteLine($"| system | one-time load (first in process) | index build median / max ({Builds} builds) | query p50 | query p99 | max |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var system in systems)
        {
            Speed(system, data);
        }
    }

    private static string Describe(IReadOnlyList<EvaluationCase> cases) =>
        $"{cases.Count(c => c.IsInScope)} in-scope, {cases.Count(c => c.Expected == EvaluationCase.OutOfScope)} out-of-scope, " +
        $"{cases.Count(c => c.Expected == EvaluationCase.NotCovered)} not-covered";

    private static IEnumerable<ComparedSystem> Systems(BenchData data)
    {
        yield return new ComparedSystem("BranchBot index, characters (product)", true, TimeSpan.Zero, () => new KnowledgeIndex(data.Entries), index => new OurRetriever("characters", (KnowledgeIndex)index));
        foreach (var withCharacters in new[] { false, true })
        {
            var watch = Stopwatch.StartNew();
            var jieba = JiebaTerms.Load(withCharacters);
            var load = watch.Elapsed;
            var name = withCharacters ? "BranchBot index, jieba words + their characters" : "BranchBot index, jieba words";
            yield return new ComparedSystem(name, true, load, () => new KnowledgeIndex(data.Entries, null, jieba.Terms), index => new OurRetriever(name, (KnowledgeIndex)index));
        }

        foreach (var setup in LuceneSetup.Compared())
        {
            yield return new ComparedSystem(setup.Name, false, TimeSpan.Zero, () => new LuceneRetriever(data.Entries, setup), lucene => (LuceneRetriever)lucene);
        }
    }

    private static List<(EvaluationCase Case, RetrievalResult Result)> Run(IRetriever retriever, IEnumerable<EvaluationCase> cases) =>
        [.. cases.Select(c => (c, retriever.Search(c.Question)))];

    private static void Speed(ComparedSystem system, BenchData data)
    {
        var warm = system.Build();
        var warmRetriever = system.Retriever(warm);
        foreach (var question in data.Cases)
        {
            warmRetriever.Search(question.Question);
        }

        (warm as IDisposable)?.Dispose();
        var built = new List<object>();
        var builds = Percentiles.Time(Builds, () => built.Add(system.Build()));
        var searcher = system.Retriever(built[^1]);
        foreach (var question in data.Cases)
        {
            searcher.Search(question.Question);
        }

        var queries = new Percentiles(Enumerable.Range(0, Rounds).SelectMany(_ => data.Cases.Select(c => Time(searcher, c.Question))));
        foreach (var item in built)
        {
            (item as IDisposable)?.Dispose();
        }

        var load = system.Load == TimeSpan.Zero ? "—" : $"{system.Load.TotalMilliseconds:F0} ms";
        Console.WriteLine($"| {system.Name} | {load} | {builds.Median:F1} / {builds.Max:F1} ms | {queries.Median:F3} ms | {queries.P99:F3} ms | {queries.Max:F3} ms |");
    }

    private static double Time(IRetriever retriever, string question)
    {
        var watch = Stopwatch.StartNew();
        retriever.Search(question);
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <param name="ProductRule">Judged by BranchBot's own confidence rule (else by a relevance threshold tuned here).</param>
    /// <param name="Load">What the system loads once per process before its first index (jieba's dictionaries).</param>
    private sealed record ComparedSystem(string Name, bool ProductRule, TimeSpan Load, Func<object> Build, Func<object, IRetriever> Retriever);
}
