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

/// <summary>A named part of the evaluation set.</summary>
internal sealed record EvaluationPart(string Name, IReadOnlyList<EvaluationCase> Cases);

/// <summary>
/// The knowledge files and the evaluation set, read from the repository the benchmark runs in: <see cref="Tuning"/> are
/// the parts tuned on (questions.tsv; regulation-questions.tsv, writer-questions.tsv, writer-questions-2.tsv, writer-questions-3.tsv, writer-questions-4.tsv, writer-questions-5.tsv, writer-questions-6.tsv, writer-questions-7.tsv, writer-questions-8.tsv … writer-questions-12.tsv, each written from the
/// regulations by someone who never saw the entries), reported each on its own; <see cref="HeldOut"/> the held-out part
/// (heldout-questions.tsv, null when absent), which is only ever measured in totals, never printed question by question.
/// </summary>
internal sealed record BenchData(IReadOnlyList<KnowledgeEntry> Entries, IReadOnlyList<EvaluationPart> Tuning, IReadOnlyList<EvaluationCase>? HeldOut)
{
    private const string EvaluationFolder = "tests/BranchBot.Tests/Knowledge/Evaluation";

    /// <summary>Every tuning question, all parts together (speed runs).</summary>
    public IEnumerable<EvaluationCase> Cases => Tuning.SelectMany(part => part.Cases);

    public static BenchData Load(string root)
    {
        var entries = Directory.GetFiles(Path.Combine(root, "knowledge"), "*.md")
            .Where(path => !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .SelectMany(path => KnowledgeFileParser.ParseFile(path).Entries)
            .ToList();
        var folder = Path.Combine(root, EvaluationFolder);
        var heldOut = Path.Combine(folder, "heldout-questions.tsv");
        EvaluationPart[] tuning =
        [
            new("tuning", ReadCases(Path.Combine(folder, "questions.tsv"))),
            new("regulation", ReadCases(Path.Combine(folder, "regulation-questions.tsv"))),
            new("writer", ReadCases(Path.Combine(folder, "writer-questions.tsv"))),
            new("writer2", ReadCases(Path.Combine(folder, "writer-questions-2.tsv"))),
            new("writer3", ReadCases(Path.Combine(folder, "writer-questions-3.tsv"))),
            new("writer4", ReadCases(Path.Combine(folder, "writer-questions-4.tsv"))),
            new("writer5", ReadCases(Path.Combine(folder, "writer-questions-5.tsv"))),
            new("writer6", ReadCases(Path.Combine(folder, "writer-questions-6.tsv"))),
            new("writer7", ReadCases(Path.Combine(folder, "writer-questions-7.tsv"))),
            new("writer8", ReadCases(Path.Combine(folder, "writer-questions-8.tsv"))),
            new("writer9", ReadCases(Path.Combine(folder, "writer-questions-9.tsv"))),
            new("writer10", ReadCases(Path.Combine(folder, "writer-questions-10.tsv"))),
            new("writer11", ReadCases(Path.Combine(folder, "writer-questions-11.tsv"))),
            new("writer12", ReadCases(Path.Combine(folder, "writer-questions-12.tsv"))),
            new("writer13", ReadCases(Path.Combine(folder, "writer-questions-13.tsv"))),
            new("writer14", ReadCases(Path.Combine(folder, "writer-questions-14.tsv"))),
            new("writer15", ReadCases(Path.Combine(folder, "writer-questions-15.tsv"))),
            new("writer16", ReadCases(Path.Combine(folder, "writer-questions-16.tsv"))),
            new("writer17", ReadCases(Path.Combine(folder, "writer-questions-17.tsv"))),
            new("writer18", ReadCases(Path.Combine(folder, "writer-questions-18.tsv"))),
            new("writer19", ReadCases(Path.Combine(folder, "writer-questions-19.tsv"))),
            new("writer20", ReadCases(Path.Combine(folder, "writer-questions-20.tsv"))),
            new("writer21", ReadCases(Path.Combine(folder, "writer-questions-21.tsv"))),
            new("writer22", ReadCases(Path.Combine(folder, "writer-questions-22.tsv"))),
        ];
        return new BenchData(entries, tuning, File.Exists(heldOut) ? ReadCases(heldOut) : null);
    }

    private static List<EvaluationCase> ReadCases(string path) =>
        [.. File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#') && line != "question\texpected")
            .Select(line => line.Split('\t'))
            .Select(columns => new EvaluationCase(columns[0].Trim(), columns[1].Trim()))];
}
