using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// Builds BranchBot's index ten times and runs every tuning question (both tuning parts) 20 times: build time and query latency.
/// The questions are asked three times untimed first, so the figures are the running server's steady state rather than
/// the JIT's first tier (a server reaches it within its first few hundred questions).
/// </summary>
internal static class SpeedRun
{
    private const int WarmUpRounds = 3;

    public static void Run(BenchData data)
    {
        var warm = new KnowledgeIndex(data.Entries);
        for (var round = 0; round < WarmUpRounds; round++)
        {
            foreach (var question in data.Cases)
            {
                warm.Search(question.Question);
            }
        }

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
        Console.WriteLine($"{data.Entries.Count} entries, {data.Cases.Count()} questions x 20 rounds");
        Console.WriteLine($"index build: median {builds.Median:F1} ms, max {builds.Max:F1} ms");
        Console.WriteLine($"query: p50 {queries.Median:F3} ms, p99 {queries.P99:F3} ms, max {queries.Max:F3} ms");
    }
}
