using BranchBot.Core.Security;
using BranchBot.Core.Storage;
using BranchBot.Storage.LiteDb.Engine;
using BranchBot.Storage.LiteDb.Files;
using LiteDB;
using LiteDB.Engine;

namespace BranchBot.Storage.LiteDb;

/// <summary>
/// The one LiteDB database of this process. Repositories take their collections from here so that indexes are
/// declared in one place and tests can swap the file for an in-memory stream.
/// </summary>
public sealed class LiteDbContext : IDisposable
{
    /// <summary>Writes are refused (as a full disk) while the file system has less free space than this.</summary>
    public const long DefaultMinimumFreeBytes = 16L * 1024 * 1024;

    // LiteDB binds a transaction to the calling thread, so the depth of InTransaction calls is kept per thread.
    private readonly ThreadLocal<int> _transactionDepth = new(() => 0);

    /// <summary>Keys a background writer stores per transaction, giving way to waited-for writes between them.</summary>
    public const int BackgroundChunk = 64;

    /// <summary>How long a background transaction gives way at most: it must not starve behind a steady stream.</summary>
    internal TimeSpan GiveWayLimit { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Transactions a reply waits for that are waiting to begin now.</summary>
    internal int WaitedForQueued => Volatile.Read(ref _waitedForQueued);

    // Transactions a reply waits for that are waiting to begin (for the file's mutex in shared mode).
    private int _waitedForQueued;

    private readonly MemoryStream? _memory;
    private readonly SharedFileEngine? _sharedEngine;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _indexedStores = new(StringComparer.Ordinal);
    private readonly long _minimumFreeBytes;

    private LiteDbContext(LiteDatabase database, MemoryStream? memory, SharedFileEngine? sharedEngine = null, string? file = null, StorageHealth? health = null, long minimumFreeBytes = 0)
    {
        Database = database;
        _memory = memory;
        _sharedEngine = sharedEngine;
        OutsideWrites = sharedEngine is null ? null : new SharedFileOutsideWrites(sharedEngine);
        File = file;
        Health = health ?? new StorageHealth();
        _minimumFreeBytes = minimumFreeBytes;
        Database.Mapper.EnumAsInteger = false;
        CreateCollections();
    }

    public LiteDatabase Database { get; }

    /// <summary>Writes of the organisation's units (branches and the root) through this context.</summary>
    public WriteCounter OrganisationUnitWrites { get; } = new();

    /// <summary>
    /// Whether another process wrote to the file (shared mode: the roster CLI, a LiteDB tool); null when this context
    /// cannot tell (in memory or direct mode, where no one else has the file, and caches keep their expiry).
    /// </summary>
    public IOutsideWrites? OutsideWrites { get; }

    /// <summary>Whether this open created the database: it held none of the collections (see <see cref="Schema.LiteDbSchema"/>).</summary>
    public bool IsNew { get; private set; }

    /// <summary>The database file's full path; null for an in-memory database.</summary>
    public string? File { get; }

    /// <summary>Whether the last write was refused for lack of disk space (see /healthz).</summary>
    public StorageHealth Health { get; }

    /// <summary>
    /// Whether every operation runs one at a time under the file's mutex (shared mode, <see cref="SharedFileEngine"/>).
    /// Only then do the stores write from background writers: LiteDB's own engine (direct mode, in memory) has failed
    /// with "empty page must be defined as empty type" when a background write met another thread's explicit transaction.
    /// </summary>
    public bool RunsOneOperationAtATime => _sharedEngine is not null;

    /// <summary>
    /// Throws the <see cref="Core.Storage.StorageUnavailableException"/> a write would throw now for lack of disk space;
    /// a store that queues writes for a background writer checks this first, so the turn still hears of a full disk.
    /// </summary>
    public void RefuseWritesWhenDiskFull() => _sharedEngine?.RefuseWritesWhenDiskNearlyFull();

    /// <summary>
    /// Opens the file named in a LiteDB connection string. A missing folder is created as 0700 and a missing file as
    /// 0600 (owner only); an existing file (and its -log file) that group or others may access is tightened to owner
    /// only, and <paramref name="tightened"/> is told the path and the mode it had. Writes are refused while the disk
    /// has less than <paramref name="minimumFreeBytes"/> free.
    /// </summary>
    public static LiteDbContext Open(string connectionString, string? baseDirectory = null, Action<string, UnixFileMode>? tightened = null, long minimumFreeBytes = DefaultMinimumFreeBytes)
    {
        if (DatabaseFiles.For(connectionString, baseDirectory) is not { } files)
        {
            return InMemory();
        }

        var path = files.Data;
        var parsed = new ConnectionString(connectionString) { Filename = path };

        // An empty file is a new database to LiteDB; creating it here gives it the owner-only mode from the start.
        OwnerOnlyFile.TryCreate(path, string.Empty);
        foreach (var file in new[] { path, files.Log })
        {
            if (OwnerOnlyFile.Tighten(file) is { } previous)
            {
                tightened?.Invoke(file, previous);
            }
        }

        if (parsed.Connection != ConnectionType.Shared)
        {
            return new LiteDbContext(new LiteDatabase(parsed), memory: null, file: path);
        }

        var health = new StorageHealth();
        var engine = new SharedFileEngine(parsed, path, health, minimumFreeBytes);
        try
        {
            return new LiteDbContext(new LiteDatabase(engine), memory: null, engine, path, health, minimumFreeBytes);
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Copies a consistent snapshot of the database to <paramref name="destination"/> while other processes may be
    /// using it: committed changes are moved into the data file first, and every user of the file waits during the copy.
    /// </summary>
    public void CopyTo(string destination)
    {
        if (_sharedEngine is null)
        {
            throw new InvalidOperationException("Only a database opened in shared mode can be copied while in use.");
        }

        _sharedEngine.WithFileQuiet(source => System.IO.File.Copy(source, destination, overwrite: false));
    }

    /// <summary>
    /// The copy <see cref="Schema.LiteDbSchema"/> takes before it changes the documents: <c>{file}.v{version}.bak</c>
    /// beside the database. A copy left by an earlier, interrupted upgrade is kept (it is the file before that upgrade).
    /// Null for an in-memory database.
    /// </summary>
    internal string? CopyBeforeUpgrade(int version)
    {
        if (File is null)
        {
            return null;
        }

        var destination = $"{File}.v{version}.bak";
        if (System.IO.File.Exists(destination))
        {
            return destination;
        }

        if (_sharedEngine is not null)
        {
            CopyTo(destination);
        }
        else
        {
            // Direct mode: this process alone has the file open; committed changes move into it before the copy.
            Database.Checkpoint();
            System.IO.File.Copy(File, destination, overwrite: false);
        }

        return destination;
    }

    /// <summary>A private in-memory database, for tests and benchmarks.</summary>
    public static LiteDbContext InMemory()
    {
        var memory = new MemoryStream();
        return new LiteDbContext(new LiteDatabase(memory), memory);
    }

    /// <summary>
    /// Runs a store's EnsureIndex calls the first time a store of its kind opens on this database. Every branch has its
    /// own stores, all asking for the same indexes of the same file; each call is a write under the file's lock in shared
    /// mode, which 300 branches paid 300 times at start-up. A store that opens while the first is still indexing reads
    /// without the index, which is slower, never wrong.
    /// </summary>
    public void IndexOnce(string store, Action ensureIndexes)
    {
        ArgumentNullException.ThrowIfNull(ensureIndexes);
        if (!_indexedStores.TryAdd(store, true))
        {
            return;
        }

        try
        {
            ensureIndexes();
        }
        catch
        {
            _indexedStores.TryRemove(store, out _);
            throw;
        }
    }

    /// <summary>A collection listed in <see cref="LiteDbCollections"/>; any other name is a programming error.</summary>
    public ILiteCollection<T> Collection<T>(string name) =>
        LiteDbCollections.All.Contains(name, StringComparer.Ordinal)
            ? Database.GetCollection<T>(name)
            : throw new InvalidOperationException($"Collection '{name}' is not listed in {nameof(LiteDbCollections)}, so it would be created lazily, racing other writers.");

    // An empty upsert creates a missing collection. Only missing ones: opening a complete database writes nothing,
    // so it opens on a full disk too.
    private void CreateCollections()
    {
        var missing = LiteDbCollections.All.Except(Database.GetCollectionNames(), StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        IsNew = missing.Count == LiteDbCollections.All.Count;

        InTransaction(() =>
        {
            foreach (var name in missing)
            {
                Database.GetCollection(name).Upsert(Array.Empty<BsonDocument>());
            }
        });
    }

    /// <summary>
    /// Runs several writes as one transaction. LiteDB binds a transaction to the calling thread, so
    /// <paramref name="writes"/> must be synchronous.
    /// </summary>
    public void InTransaction(Action writes) => InTransaction(writes, waitedFor: true);

    /// <summary>
    /// A transaction no reply waits for (a buffer storing many keys' latest changes): it first gives way to the
    /// transactions replies are waiting for that are queued for the file, for at most <see cref="GiveWayLimit"/>, so a
    /// 谈心 submission does not wait behind a flush of every member's dialog state. Keep it small (a chunk of keys):
    /// once it holds the file, everyone waits for it.
    /// </summary>
    public void InBackgroundTransaction(Action writes)
    {
        GiveWayToWaitedForWrites();
        InTransaction(writes, waitedFor: false);
    }

    /// <summary>See <see cref="InBackgroundTransaction"/>: for a background write made without a transaction of its own.</summary>
    public void GiveWayToWaitedForWrites() => SpinWait.SpinUntil(() => Volatile.Read(ref _waitedForQueued) == 0, GiveWayLimit);

    private void InTransaction(Action writes, bool waitedFor)
    {
        ArgumentNullException.ThrowIfNull(writes);

        // A store's own transaction inside a caller's (SaveManyAsync inside a seeding transaction) joins it: a nested
        // BeginTrans/Commit pair commits the outer transaction early, and in shared mode lost it and every later write
        // of the context.
        if (_transactionDepth.Value > 0)
        {
            writes();
            return;
        }

        _transactionDepth.Value++;
        if (waitedFor)
        {
            Interlocked.Increment(ref _waitedForQueued);
        }

        try
        {
            Database.BeginTrans();
        }
        catch
        {
            _transactionDepth.Value--;
            throw;
        }
        finally
        {
            if (waitedFor)
            {
                Interlocked.Decrement(ref _waitedForQueued);
            }
        }

        try
        {
            writes();
            Database.Commit();
        }
        catch
        {
            Database.Rollback();
            throw;
        }
        finally
        {
            _transactionDepth.Value--;
        }
    }

    /// <summary>
    /// What /healthz reports: whether the database answers, and whether it could take a write (enough free space,
    /// and no write refused for lack of space since the last one that went through).
    /// </summary>
    public StorageStatus CheckStatus()
    {
        if (!IsReachable())
        {
            return StorageStatus.Unreachable;
        }

        if (File is null)
        {
            return StorageStatus.Ok;
        }

        if (_minimumFreeBytes > 0 && FreeSpace.Of(File) is { } free && free < _minimumFreeBytes)
        {
            return StorageStatus.DiskFull;
        }

        if (Health.LastWriteFailedForSpace)
        {
            try
            {
                // A real write (a page into the log): it succeeds, clearing the flag, once the disk takes writes again.
                Database.GetCollection(LiteDbCollections.StorageProbe).Upsert(new BsonDocument { ["_id"] = 1, ["Probe"] = Guid.NewGuid().ToString("N") });
            }
            catch (Core.Storage.StorageUnavailableException)
            {
                return StorageStatus.DiskFull;
            }
        }

        return StorageStatus.Ok;
    }

    /// <summary>True when the database answers a trivial query; used by /healthz.</summary>
    public bool IsReachable()
    {
        try
        {
            _ = Database.GetCollectionNames().Take(1).ToList();
            return true;
        }
        catch (LiteException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>Whether the shared-mode engine holds the file open now (tests: nothing reopens it after disposal).</summary>
    internal bool HoldsFileOpen => _sharedEngine?.HoldsFileOpen ?? false;

    /// <summary>
    /// Whether <see cref="Dispose"/> has finished: the file is closed and its log moved in. A host's container may be
    /// disposed on another thread than its owner's (a hosted app's own RunAsync), so its owner may need to wait for this.
    /// </summary>
    public bool IsDisposed { get; private set; }

    public void Dispose()
    {
        Database.Dispose();
        _memory?.Dispose();
        _transactionDepth.Dispose();
        IsDisposed = true;
    }
}
