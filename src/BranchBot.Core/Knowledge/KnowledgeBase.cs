using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Knowledge;

/// <summary>
/// The knowledge files read once, when the service is first needed (at start-up), and the index over them.
/// A file entry with a problem is left out and logged as a warning; the rest stay usable. The load itself is logged at
/// Debug so the ask CLI keeps standard output for its answers.
/// </summary>
public sealed partial class KnowledgeBase
{
    private const string ReadmeFile = "README.md";

    public KnowledgeBase(IOptions<KnowledgeOptions> options, ILogger<KnowledgeBase> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = options.Value.ResolvedFolder;
        var results = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.md")
                .Where(path => !string.Equals(Path.GetFileName(path), ReadmeFile, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(KnowledgeFileParser.ParseFile)
                .ToList()
            : [];

        Problems = [.. results.SelectMany(r => r.Problems)];
        Index = new KnowledgeIndex(results.SelectMany(r => r.Entries), options.Value.Thresholds);
        foreach (var problem in Problems)
        {
            LogProblem(logger, problem.ToString());
        }

        LogLoaded(logger, Index.Count, results.Count, folder);
    }

    public KnowledgeIndex Index { get; }

    public IReadOnlyList<KnowledgeParseProblem> Problems { get; }

    public KnowledgeSearchResult Search(string question, int top = 3) => Index.Search(question, top);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge entry left out: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Knowledge base: {Entries} entries from {Files} files in {Folder}")]
    private static partial void LogLoaded(ILogger logger, int entries, int files, string folder);
}
