using System.Diagnostics;
using System.Formats.Tar;
using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// A tuning part with the commit its first run was measured on (docs/benchmarks.md names it in the part's section):
/// knowledge/ at that commit is the knowledge base before anyone wrote phrasings or entries for the part's lines.
/// </summary>
internal sealed record UntouchedPart(string Name, string Commit)
{
    /// <summary>writer2 … writer12, each with the commit of its first ("untouched") run.</summary>
    public static readonly UntouchedPart[] All =
    [
        new("writer2", "e2fc514"),
        new("writer3", "180adb0"),
        new("writer4", "0804b18"),
        new("writer5", "410cde1"),
        new("writer6", "15a71d9"),
        new("writer7", "0a0b231"),
        new("writer8", "78001b5"),
        new("writer9", "aefbaf4"),
        new("writer10", "53906ff"),
        new("writer11", "be2f147"),
        new("writer12", "257a460"),
    ];

    /// <summary>Every part with its entries at its commit and its lines judged by today's labels (<see cref="Cases"/>).</summary>
    public static List<(string Name, IReadOnlyList<KnowledgeEntry> Entries, List<EvaluationCase> Cases)> LoadAll(BenchData data, string root) =>
        [.. All.Select(part =>
        {
            var entries = part.Entries(root);
            return (part.Name, entries, part.Cases(data, entries));
        })];

    /// <summary>The part's lines with today's labels; a label naming an entry written after the commit reads as not covered.</summary>
    public List<EvaluationCase> Cases(BenchData data, IReadOnlyList<KnowledgeEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(entries);
        var questions = entries.Select(e => e.Question).ToHashSet(StringComparer.Ordinal);
        return [.. data.Tuning.Single(p => p.Name == Name).Cases
            .Select(c => c.IsInScope && !questions.Contains(c.Expected) ? c with { Expected = EvaluationCase.NotCovered } : c)];
    }

    /// <summary>The entries of knowledge/ at <see cref="Commit"/>, extracted under the temporary folder and read with today's parser.</summary>
    public IReadOnlyList<KnowledgeEntry> Entries(string root)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"kb-{Name}");
        var archive = folder + ".tar";
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        Git(root, "archive", "--format=tar", "-o", archive, Commit, "knowledge");
        TarFile.ExtractToDirectory(archive, folder, overwriteFiles: true);
        File.Delete(archive);
        return Directory.GetFiles(Path.Combine(folder, "knowledge"), "*.md")
            .Where(path => !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .SelectMany(path => KnowledgeFileParser.ParseFile(path).Entries)
            .ToList();
    }

    private static void Git(string root, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {error}");
        }
    }
}
