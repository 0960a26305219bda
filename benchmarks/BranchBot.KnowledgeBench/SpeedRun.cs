using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>Builds BranchBot's index ten times and runs every evaluation question 20 times: build time and query latency.</summary>
internal static class SpeedRun
{
    public static void Run(BenchData data)
    {
        _ = new KnowledgeIndex(data.Entries).Search("预热");
        KnowledgeIndex index = null!;
        var builds = Percentiles.Time(10, () => index = new KnowledgeIndex(data.Entries));
        var latencies = new List<double>();
        for (var round = 0; round < 20; round++)
        {
            foreach (var question in data.Cases)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                index.Search(question.Question);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        var queries = new Percentiles(latencies);
        Console.WriteLine($"{data.Entries.Count} entries, {data.Cases.Count} questions x 20 rounds");
        Console.WriteLine($"index build: median {builds.Median:F1} ms, max {builds.Max:F1} ms");
        Console.WriteLine($"query: p50 {queries.Median:F3} ms, p99 {queries.P99:F3} ms, max {queries.Max:F3} ms");
    }
}
