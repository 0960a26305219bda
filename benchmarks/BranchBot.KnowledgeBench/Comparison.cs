using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// BranchBot's retrieval next to Lucene.Net on the same entries and evaluation set: accuracy with each system's
/// threshold (ours fixed in the product, Lucene's tuned here on the set itself), index build time and query latency.
/// Prints Markdown tables for docs/benchmarks.md.
/// </summary>
internal static class Comparison
{
    private const int Builds = 10;
    private const int Rounds = 20;

    public static void Run(BenchData data)
    {
        Console.WriteLine($"{data.Entries.Count} entries; {data.Cases.Count(c => c.IsInScope)} in-scope, " +
            $"{data.Cases.Count(c => c.Expected == EvaluationCase.OutOfScope)} out-of-scope, " +
            $"{data.Cases.Count(c => c.Expected == EvaluationCase.NotCovered)} not-covered questions");
        Console.WriteLine();
        Console.WriteLine("| system | ranked top-1 (no threshold) | answered correctly (top-1) | out-of-scope declined | not covered, not answered | threshold |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var ours = new OurRetriever(new KnowledgeIndex(data.Entries));
        var ourRuns = Run(ours, data);
        Console.WriteLine($"{Accuracy.Measure(ourRuns, double.Epsilon).Row(ours.Name)} product rule |");
        Console.WriteLine(Tuned(ours.Name, ourRuns, "topic support"));
        foreach (var setup in LuceneSetup.All())
        {
            using var lucene = new LuceneRetriever(data.Entries, setup);
            Console.WriteLine(Tuned(lucene.Name, Run(lucene, data), "relevance"));
        }

        Console.WriteLine();
        Console.WriteLine($"| system | index build median / max ({Builds} builds) | query p50 | query p99 | max |");
        Console.WriteLine("|---|---|---|---|---|");
        Speed("BranchBot KnowledgeIndex", () => new KnowledgeIndex(data.Entries), index => new OurRetriever(index), data);
        foreach (var setup in LuceneSetup.All().Where(s => s.AnswerBoost > 0 && s.ScopeGate))
        {
            Speed(setup.Name, () => new LuceneRetriever(data.Entries, setup), lucene => lucene, data);
        }
    }

    /// <summary>Two operating points: the issue's gates (out of scope declined ≥ 90%), then also not covered ≥ 90%.</summary>
    private static string Tuned(string name, List<(EvaluationCase Case, RetrievalResult Result)> runs, string confidence)
    {
        var rows = new List<string>();
        foreach (var notCoveredToo in new[] { false, true })
        {
            var tuned = Accuracy.Tune(runs, notCoveredToo);
            rows.Add(tuned is null
                ? $"| {name} | no threshold declines 90% of out-of-scope{(notCoveredToo ? " and not-covered" : "")} questions |||||"
                : $"{tuned.Row(name)} {confidence} ≥ {tuned.Threshold:F3} (tuned{(notCoveredToo ? ", not covered ≥ 90%" : "")}) |");
        }

        return string.Join(Environment.NewLine, rows.Distinct());
    }

    private static List<(EvaluationCase Case, RetrievalResult Result)> Run(IRetriever retriever, BenchData data) =>
        [.. data.Cases.Select(c => (c, retriever.Search(c.Question)))];

    private static void Speed<T>(string name, Func<T> build, Func<T, IRetriever> retriever, BenchData data)
    {
        var warm = build();
        retriever(warm).Search("预热");
        (warm as IDisposable)?.Dispose();

        var built = new List<T>();
        var builds = Percentiles.Time(Builds, () => built.Add(build()));
        var searcher = retriever(built[^1]);
        foreach (var question in data.Cases)
        {
            searcher.Search(question.Question);
        }

        var queries = new Percentiles(Enumerable.Range(0, Rounds).SelectMany(_ => data.Cases.Select(c => Time(searcher, c.Question))));
        foreach (var item in built)
        {
            (item as IDisposable)?.Dispose();
        }

        Console.WriteLine($"| {name} | {builds.Median:F1} / {builds.Max:F1} ms | {queries.Median:F3} ms | {queries.P99:F3} ms | {queries.Max:F3} ms |");
    }

    private static double Time(IRetriever retriever, string question)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        retriever.Search(question);
        return watch.Elapsed.TotalMilliseconds;
    }
}
