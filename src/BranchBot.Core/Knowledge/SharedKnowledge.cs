using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BranchBot.Core.Storage;
using BranchBot.Core.Knowledge.Entries;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Knowledge;

/// <summary>
/// What every branch's <see cref="KnowledgeBase"/> in the process shares: the knowledge files, parsed once, and the
/// indexes built over them. A branch's index depends only on the stored entries it sees (its own and the
/// organisation's), so branches that see the same stored entries (most branches, which keep none of their own) are
/// handed the same index instead of each building and holding a copy of a few megabytes. An index no branch holds
/// any more is left to the garbage collector.
/// </summary>
public sealed class SharedKnowledge
{
    private const string ReadmeFile = "README.md";

    private readonly KnowledgeThresholds _thresholds;
    private readonly Dictionary<string, WeakReference<KnowledgeIndex>> _indexes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _generation;
    private IChangeNotices _notices = SingleInstanceChangeNotices.Instance;
    private IDisposable? _subscription;

    public SharedKnowledge(IOptions<KnowledgeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _thresholds = options.Value.Thresholds;
        Folder = options.Value.ResolvedFolder;
        var results = Directory.Exists(Folder)
            ? Directory.GetFiles(Folder, "*.md")
                .Where(path => !string.Equals(Path.GetFileName(path), ReadmeFile, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(KnowledgeFileParser.ParseFile)
                .ToList()
            : [];
        FileCount = results.Count;
        Problems = [.. results.SelectMany(r => r.Problems)];
        FileEntries = [.. results.SelectMany(r => r.Entries)];
    }

    public string Folder { get; }

    public int FileCount { get; }

    /// <summary>The entries read from the files, including those a database entry overrides.</summary>
    public IReadOnlyList<KnowledgeEntry> FileEntries { get; }

    /// <summary>The file entries left out, with why.</summary>
    public IReadOnlyList<KnowledgeParseProblem> Problems { get; }

    /// <summary>The index over the files merged with these stored entries: built once per distinct list of them.</summary>
    public KnowledgeIndex IndexFor(IReadOnlyList<StoredKnowledgeEntry> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var key = KeyOf(stored);
        lock (_gate)
        {
            if (_indexes.TryGetValue(key, out var held) && held.TryGetTarget(out var shared))
            {
                return shared;
            }

            // Building under the lock: a burst of first questions from many branches builds each distinct index once.
            var index = new KnowledgeIndex(KnowledgeEntries.Merge(FileEntries, stored), _thresholds);
            ForgetCollected();
            _indexes[key] = new WeakReference<KnowledgeIndex>(index);
            return index;
        }
    }

    /// <summary>Counts changes to stored entries in any branch; a branch's knowledge base reads its entries again when it moved.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// A branch changed its stored entries (or adopted one for the organisation): every branch reads its entries again
    /// before its next answer. Those whose entries did not change get the index they had back from <see cref="IndexFor"/>.
    /// </summary>
    public void StoredEntriesChanged() => Interlocked.Increment(ref _generation);

    /// <summary>As <see cref="StoredEntriesChanged"/>, and tells the other instances on the same database to do the same.</summary>
    public async ValueTask StoredEntriesChangedAsync(CancellationToken cancellationToken)
    {
        StoredEntriesChanged();
        await _notices.PublishAsync(ChangeTopics.KnowledgeEntries, cancellationToken);
    }

    /// <summary>Hears the other instances' changes to stored entries (with PostgreSQL; one LiteDB process hears none).</summary>
    public void ListenTo(IChangeNotices notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        _notices = notices;
        _subscription = notices.Subscribe(ChangeTopics.KnowledgeEntries, StoredEntriesChanged);
    }

    /// <summary>How many distinct indexes are alive (for tests and diagnostics).</summary>
    public int LiveIndexes
    {
        get
        {
            lock (_gate)
            {
                return _indexes.Values.Count(held => held.TryGetTarget(out _));
            }
        }
    }

    private void ForgetCollected()
    {
        foreach (var key in _indexes.Where(pair => !pair.Value.TryGetTarget(out _)).Select(pair => pair.Key).ToList())
        {
            _indexes.Remove(key);
        }
    }

    /// <summary>Every field of every stored entry, in a fixed order: equal keys mean equal merged entries.</summary>
    private static string KeyOf(IReadOnlyList<StoredKnowledgeEntry> stored)
    {
        if (stored.Count == 0)
        {
            return string.Empty;
        }

        var ordered = stored.OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new { e.Id, e.Question, e.AlternativeQuestions, e.Answer, e.Source })
            .ToList();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(ordered))));
    }
}
