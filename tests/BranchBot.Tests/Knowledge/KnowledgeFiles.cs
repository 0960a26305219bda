using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>The knowledge files as the server sees them: the copy in the build output, beside the binaries.</summary>
internal static class KnowledgeFiles
{
    public static string OutputFolder => Path.Combine(AppContext.BaseDirectory, "knowledge");

    public static string RepositoryFolder => Path.Combine(RepositoryRoot(), "knowledge");

    public static string EvaluationFile =>
        Path.Combine(RepositoryRoot(), "tests", "BranchBot.Tests", "Knowledge", "Evaluation", "questions.tsv");

    public static IReadOnlyList<string> OutputFiles() =>
        [.. Directory.GetFiles(OutputFolder, "*.md").Order(StringComparer.Ordinal)];

    public static IReadOnlyList<KnowledgeFileResult> ParseAll() => [.. OutputFiles().Select(KnowledgeFileParser.ParseFile)];

    public static IReadOnlyList<KnowledgeEntry> AllEntries() => [.. ParseAll().SelectMany(r => r.Entries)];

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BranchBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("BranchBot.sln not found above " + AppContext.BaseDirectory);
    }
}
