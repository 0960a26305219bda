using BranchBot.Core.Knowledge.Entries;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Knowledge;

/// <summary>
/// The knowledge files read once, when the service is first needed (at start-up), merged with the entries secretaries
/// keep in the database, and the index over them. A database entry wins over a file entry with the same normalised
/// question. When database entries change, <see cref="RefreshAsync"/> builds a new index and swaps it in whole, so a
/// search sees either the old entries or the new ones, never a mixture.
/// A file entry with a problem is left out and listed in <see cref="Problems"/> (the host logs them); the rest stay usable. The load itself is logged at
/// Debug so the ask CLI keeps standard output for its answers.
/// </summary>
public sealed partial class KnowledgeBase
{
    private const string ReadmeFile = "README.md";

    private readonly IKnowledgeEntryStore? _store;
    private readonly KnowledgeThresholds _thresholds;
    private KnowledgeIndex _index;

    public KnowledgeBase(IOptions<KnowledgeOptions> options, ILogger<KnowledgeBase> logger)
        : this(options, store: null, logger)
    {
    }

    public KnowledgeBase(IOptions<KnowledgeOptions> options, IKnowledgeEntryStore? store, ILogger<KnowledgeBase> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _thresholds = options.Value.Thresholds;
        var folder = options.Value.ResolvedFolder;
        var results = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.md")
                .Where(path => !string.Equals(Path.GetFileName(path), ReadmeFile, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(KnowledgeFileParser.ParseFile)
                .ToList()
            : [];

        Problems = [.. results.SelectMany(r => r.Problems)];
        FileEntries = [.. results.SelectMany(r => r.Entries)];

        // The LiteDB store answers synchronously; the constructor must not return before the stored entries are in.
        var stored = store is null ? [] : store.ListAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        _index = Build(stored);
        LogLoaded(logger, _index.Count, results.Count, folder, stored.Count);
    }

    /// <summary>The index in use now; replaced whole when database entries change.</summary>
    public KnowledgeIndex Index => Volatile.Read(ref _index);

    /// <summary>The entries read from the files, including those a database entry overrides.</summary>
    public IReadOnlyList<KnowledgeEntry> FileEntries { get; }

    public IReadOnlyList<KnowledgeParseProblem> Problems { get; }

    public KnowledgeSearchResult Search(string question, int top = 3) => Index.Search(question, top);

    /// <summary>
    /// Reads the database entries again and swaps in a new index. Callers that change entries serialise their writes
    /// and call this inside them, so an older list can never replace a newer one.
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var stored = _store is null ? [] : await _store.ListAsync(cancellationToken);
        Volatile.Write(ref _index, Build(stored));
    }

    private KnowledgeIndex Build(IReadOnlyList<StoredKnowledgeEntry> stored) =>
        new(KnowledgeEntries.Merge(FileEntries, stored), _thresholds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Knowledge base: {Entries} entries from {Files} files in {Folder} and {Stored} from the database")]
    private static partial void LogLoaded(ILogger logger, int entries, int files, string folder, int stored);
}
