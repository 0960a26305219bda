using System.Diagnostics;
using BranchBot.Core.Knowledge;

// Knowledge retrieval speed (see docs/benchmarks.md):
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench
// Builds the index from knowledge/*.md ten times and runs the evaluation questions 20 times; prints build time and
// query latency percentiles. Run from the repository root.
var root = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
var entries = Directory.GetFiles(Path.Combine(root, "knowledge"), "*.md")
    .Where(path => !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase))
    .SelectMany(path => KnowledgeFileParser.ParseFile(path).Entries)
    .ToList();
var questions = File.ReadLines(Path.Combine(root, "tests/BranchBot.Tests/Knowledge/Evaluation/questions.tsv"))
    .Where(line => line.Length > 0 && !line.StartsWith('#'))
    .Select(line => line.Split('\t')[0])
    .ToList();

_ = new KnowledgeIndex(entries).Search("预热");
var builds = new List<double>();
KnowledgeIndex index = null!;
for (var i = 0; i < 10; i++)
{
    var watch = Stopwatch.StartNew();
    index = new KnowledgeIndex(entries);
    builds.Add(watch.Elapsed.TotalMilliseconds);
}

var latencies = new List<double>();
for (var round = 0; round < 20; round++)
{
    foreach (var question in questions)
    {
        var watch = Stopwatch.StartNew();
        index.Search(question);
        latencies.Add(watch.Elapsed.TotalMilliseconds);
    }
}

builds.Sort();
latencies.Sort();
Console.WriteLine($"{entries.Count} entries, {questions.Count} questions x 20 rounds");
Console.WriteLine($"index build: median {builds[builds.Count / 2]:F1} ms, max {builds[^1]:F1} ms");
Console.WriteLine($"query: p50 {latencies[latencies.Count / 2]:F3} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:F3} ms, max {latencies[^1]:F3} ms");
