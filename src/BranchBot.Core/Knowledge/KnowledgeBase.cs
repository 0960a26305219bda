using BranchBot.Core.Knowledge.Entries;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Knowledge;

/// <summary>
/// A branch's knowledge: the files (parsed once for the whole process, <see cref="SharedKnowledge"/>) merged with the
/// entries secretaries keep in the database, and the index over them. A database entry wins over a file entry with the
/// same normalised question. When database entries change, <see cref="RefreshAsync"/> takes a new index and swaps it
/// in whole, so a search sees either the old entries or the new ones, never a mixture.
/// A file entry with a problem is left out and listed in <see cref="Problems"/> (the host logs them); the rest stay usable. The load itself is logged at
/// Debug so the ask CLI keeps standard output for its answers.
/// </summary>
public sealed partial class KnowledgeBase
{
    private readonly SharedKnowledge _shared;
    private readonly IKnowledgeEntryStore? _store;
    private readonly SemaphoreSlim _rereading = new(1, 1);
    private KnowledgeIndex _index;
    private long _generation;

    public KnowledgeBase(IOptions<KnowledgeOptions> options, ILogger<KnowledgeBase> logger)
        : this(new SharedKnowledge(options), store: null, logger)
    {
    }

    public KnowledgeBase(IOptions<KnowledgeOptions> options, IKnowledgeEntryStore? store, ILogger<KnowledgeBase> logger)
        : this(new SharedKnowledge(options), store, logger)
    {
    }

    public KnowledgeBase(SharedKnowledge shared, IKnowledgeEntryStore? store, ILogger<KnowledgeBase> logger)
    {
        ArgumentNullException.ThrowIfNull(shared);
        _shared = shared;
        _store = store;

        // The LiteDB store answers synchronously; the constructor must not return before the stored entries are in.
        _generation = shared.Generation;
        var stored = store is null ? [] : store.ListAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        _index = shared.IndexFor(stored);
        LogLoaded(logger, _index.Count, shared.FileCount, shared.Folder, stored.Count);
    }

    /// <summary>
    /// The index in use now; replaced whole when database entries change, here, in another branch (an adopted entry)
    /// or on another instance. Waits for <see cref="CurrentIndexAsync"/> when the entries changed: for the CLI and
    /// tests; a turn uses <see cref="CurrentIndexAsync"/> itself, which does not hold a thread while PostgreSQL answers.
    /// </summary>
    public KnowledgeIndex Index => IsStale ? CurrentIndexAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult() : Volatile.Read(ref _index);

    private bool IsStale => _store is not null && _shared.Generation != Interlocked.Read(ref _generation);

    /// <summary>The entries read from the files, including those a database entry overrides.</summary>
    public IReadOnlyList<KnowledgeEntry> FileEntries => _shared.FileEntries;

    public IReadOnlyList<KnowledgeParseProblem> Problems => _shared.Problems;

    public KnowledgeSearchResult Search(string question, int top = 3) => Index.Search(question, top);

    public async ValueTask<KnowledgeSearchResult> SearchAsync(string question, int top, CancellationToken cancellationToken) =>
        (await CurrentIndexAsync(cancellationToken)).Search(question, top);

    /// <summary>The index in use now, the entries read again first when they changed since (see <see cref="Index"/>).</summary>
    public async ValueTask<KnowledgeIndex> CurrentIndexAsync(CancellationToken cancellationToken)
    {
        if (!IsStale)
        {
            return Volatile.Read(ref _index);
        }

        await _rereading.WaitAsync(cancellationToken);
        try
        {
            var generation = _shared.Generation;
            if (generation != Interlocked.Read(ref _generation))
            {
                var stored = await _store!.ListAsync(cancellationToken);
                Volatile.Write(ref _index, _shared.IndexFor(stored));
                Interlocked.Exchange(ref _generation, generation);
            }
        }
        finally
        {
            _rereading.Release();
        }

        return Volatile.Read(ref _index);
    }

    /// <summary>
    /// Reads the database entries again and swaps in their index. Callers that change entries serialise their writes
    /// and call this inside them, so an older list can never replace a newer one.
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var stored = _store is null ? [] : await _store.ListAsync(cancellationToken);
        Volatile.Write(ref _index, _shared.IndexFor(stored));
        await _shared.StoredEntriesChangedAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Knowledge base: {Entries} entries from {Files} files in {Folder} and {Stored} from the database")]
    private static partial void LogLoaded(ILogger logger, int entries, int files, string folder, int stored);
}
