using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>One evaluation question and what a correct system does with it.</summary>
internal sealed record EvaluationCase(string Question, string Expected)
{
    /// <summary>Not about Party rules at all: must not be answered.</summary>
    public const string OutOfScope = "out-of-scope";

    /// <summary>Sounds like a Party-rules question but no entry covers it: must not be answered.</summary>
    public const string NotCovered = "not-covered";

    public bool IsInScope => Expected is not (OutOfScope or NotCovered);
}

/// <summary>The knowledge files and the evaluation set, read from the repository the benchmark runs in.</summary>
internal sealed record BenchData(IReadOnlyList<KnowledgeEntry> Entries, IReadOnlyList<EvaluationCase> Cases)
{
    public static BenchData Load(string root)
    {
        var entries = Directory.GetFiles(Path.Combine(root, "knowledge"), "*.md")
            .Where(path => !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .SelectMany(path => KnowledgeFileParser.ParseFile(path).Entries)
            .ToList();
        var cases = File.ReadLines(Path.Combine(root, "tests/BranchBot.Tests/Knowledge/Evaluation/questions.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#') && line != "question\texpected")
            .Select(line => line.Split('\t'))
            .Select(columns => new EvaluationCase(columns[0].Trim(), columns[1].Trim()))
            .ToList();
        return new BenchData(entries, cases);
    }
}
