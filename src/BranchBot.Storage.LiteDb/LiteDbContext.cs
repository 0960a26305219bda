using BranchBot.Core.Security;
using LiteDB;

namespace BranchBot.Storage.LiteDb;

/// <summary>
/// The one LiteDB database of this process. Repositories take their collections from here so that indexes are
/// declared in one place and tests can swap the file for an in-memory stream.
/// </summary>
public sealed class LiteDbContext : IDisposable
{
    private readonly MemoryStream? _memory;

    private LiteDbContext(LiteDatabase database, MemoryStream? memory)
    {
        Database = database;
        _memory = memory;
        Database.Mapper.EnumAsInteger = false;
        CreateCollections();
    }

    public LiteDatabase Database { get; }

    /// <summary>
    /// Opens the file named in a LiteDB connection string. A missing folder is created as 0700 and a missing file as
    /// 0600 (owner only); an existing file (and its -log file) that group or others may access is tightened to owner
    /// only, and <paramref name="tightened"/> is told the path and the mode it had.
    /// </summary>
    public static LiteDbContext Open(string connectionString, string? baseDirectory = null, Action<string, UnixFileMode>? tightened = null)
    {
        var parsed = new ConnectionString(connectionString);
        if (parsed.Filename == ":memory:")
        {
            return InMemory();
        }

        if (baseDirectory is not null && !Path.IsPathRooted(parsed.Filename))
        {
            parsed.Filename = Path.Combine(baseDirectory, parsed.Filename);
        }

        var path = Path.GetFullPath(parsed.Filename);
        // An empty file is a new database to LiteDB; creating it here gives it the owner-only mode from the start.
        OwnerOnlyFile.TryCreate(path, string.Empty);
        foreach (var file in new[] { path, LogFile(path) })
        {
            if (OwnerOnlyFile.Tighten(file) is { } previous)
            {
                tightened?.Invoke(file, previous);
            }
        }

        return new LiteDbContext(new LiteDatabase(parsed), memory: null);
    }

    /// <summary>LiteDB's write-ahead log beside the database: data/branchbot.db -> data/branchbot-log.db.</summary>
    private static string LogFile(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    /// <summary>A private in-memory database, for tests and benchmarks.</summary>
    public static LiteDbContext InMemory()
    {
        var memory = new MemoryStream();
        return new LiteDbContext(new LiteDatabase(memory), memory);
    }

    /// <summary>A collection listed in <see cref="LiteDbCollections"/>; any other name is a programming error.</summary>
    public ILiteCollection<T> Collection<T>(string name) =>
        LiteDbCollections.All.Contains(name, StringComparer.Ordinal)
            ? Database.GetCollection<T>(name)
            : throw new InvalidOperationException($"Collection '{name}' is not listed in {nameof(LiteDbCollections)}, so it would be created lazily, racing other writers.");

    // An empty upsert creates a missing collection and leaves an existing one as it is.
    private void CreateCollections() =>
        InTransaction(() =>
        {
            foreach (var name in LiteDbCollections.All)
            {
                Database.GetCollection(name).Upsert(Array.Empty<BsonDocument>());
            }
        });

    /// <summary>
    /// Runs several writes as one transaction. LiteDB binds a transaction to the calling thread, so
    /// <paramref name="writes"/> must be synchronous.
    /// </summary>
    public void InTransaction(Action writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        Database.BeginTrans();
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

    public void Dispose()
    {
        Database.Dispose();
        _memory?.Dispose();
    }
}
