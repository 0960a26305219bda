using BranchBot.Core.Storage;
using BranchBot.Storage.LiteDb.Files;
using LiteDB;
using LiteDB.Engine;

namespace BranchBot.Storage.LiteDb.Engine;

/// <summary>
/// LiteDB's shared mode done so that a full disk fails fast instead of hanging the process. Like LiteDB's own
/// shared engine, every operation runs under a machine-wide mutex and leaves every committed page in the files (the
/// data file or its log, which an engine opening the file reads), so a second process (the roster CLI, a backup) can
/// use the file between operations. Unlike it: the engine stays open between operations while no one else changes
/// the file (<see cref="FileChanges"/>), so a read costs no reopening and finds its pages in memory, and a write costs
/// one sync of the log instead of a checkpoint; it is reopened when another process changed the file. The mutex is
/// released whatever the engine throws and is waited for at most <see cref="LockTimeout"/>; writes are refused while
/// the disk has less than the configured free space; and each engine instance writes through a
/// <see cref="WriteFuse"/>, so a write that fails anyway stops that instance from writing, waiting on its log writer
/// or truncating its log (a blown instance is closed at the end of its operation).
/// </summary>
internal sealed class SharedFileEngine : ILiteEngine
{
    public static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    private readonly ConnectionString _connection;
    private readonly string _dataFile;
    private readonly string _logFile;
    private readonly Mutex _mutex;
    private readonly StorageHealth _health;
    private readonly long _minimumFreeBytes;
    private readonly FileChanges? _changes;
    private OpenEngine? _open;
    private int _depth;
    private bool _inTransaction;
    private bool _wrote;
    private bool _disposed;
    private long _engineOpenings;

    public SharedFileEngine(ConnectionString connection, string dataFile, StorageHealth health, long minimumFreeBytes)
    {
        _connection = connection;
        _dataFile = dataFile;
        _logFile = DatabaseFiles.LogOf(_dataFile);
        _health = health;
        _minimumFreeBytes = minimumFreeBytes;

        // The name LiteDB's own shared engine uses for this file, so a LiteDB tool opening it in shared mode waits too.
        _mutex = new Mutex(initiallyOwned: false, "Global\\" + SharedMutexName.For(_dataFile) + ".Mutex");
        _changes = connection.ReadOnly ? null : FileChanges.TryOpen(_dataFile, _logFile);
    }

    public int Checkpoint() => Write(engine => engine.Checkpoint());

    public long Rebuild(RebuildOptions options) => Write(engine => engine.Rebuild(options));

    public bool BeginTrans()
    {
        Enter(forWriting: true, writes: true);
        try
        {
            _inTransaction = _open!.Engine.BeginTrans();
            return _inTransaction;
        }
        catch
        {
            Leave();
            throw;
        }
    }

    public bool Commit() => EndTransaction(engine => engine.Commit());

    public bool Rollback() => EndTransaction(engine => engine.Rollback());

    public IBsonDataReader Query(string collection, Query query)
    {
        Enter();
        try
        {
            return new ClosingDataReader(_open!.Engine.Query(collection, query), () => Leave());
        }
        catch
        {
            Leave();
            throw;
        }
    }

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Write(engine => engine.Insert(collection, docs, autoId));

    public int Update(string collection, IEnumerable<BsonDocument> docs) => Write(engine => engine.Update(collection, docs));

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) => Write(engine => engine.UpdateMany(collection, transform, predicate));

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Write(engine => engine.Upsert(collection, docs, autoId));

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Write(engine => engine.Delete(collection, ids));

    public int DeleteMany(string collection, BsonExpression predicate) => Write(engine => engine.DeleteMany(collection, predicate));

    public bool DropCollection(string name) => Write(engine => engine.DropCollection(name));

    public bool RenameCollection(string name, string newName) => Write(engine => engine.RenameCollection(name, newName));

    // Stores declare their indexes when they are built, mostly indexes that exist: no reserve check for that.
    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) => Write(engine => engine.EnsureIndex(collection, name, expression, unique), keepReserve: false);

    public bool DropIndex(string collection, string name) => Write(engine => engine.DropIndex(collection, name));

    public BsonValue Pragma(string name)
    {
        Enter();
        try
        {
            return _open!.Engine.Pragma(name);
        }
        finally
        {
            Leave();
        }
    }

    public bool Pragma(string name, BsonValue value) => Write(engine => engine.Pragma(name, value));

    /// <summary>
    /// Runs <paramref name="action"/> with the file closed and every other user of it waiting: the moment to copy
    /// a consistent snapshot. Committed changes are first moved from the log into the data file.
    /// </summary>
    public void WithFileQuiet(Action<string> action)
    {
        // The mutex is re-entrant: the checkpoint below takes it again, and nothing can write between it and the copy.
        Acquire();
        try
        {
            Write(engine => engine.Checkpoint());
            action(_dataFile);
        }
        finally
        {
            _mutex.ReleaseMutex();
        }
    }

    /// <summary>
    /// Closes the engine (moving the log into the data file when no one else changed it). An operation that was
    /// waiting for the mutex meanwhile, or that comes later, is refused: it must not open the file again after the
    /// process has let go of it (an operator may be restoring or removing it by then).
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        Acquire();
        try
        {
            _disposed = true;
            if (_open is { } open)
            {
                // A stale engine must not move its idea of the log into the data file.
                if (_changes is not null && !_changes.Unchanged())
                {
                    open.Abandon();
                }
                else
                {
                    // Closing moves the log into the data file: a change for any other engine kept open on it.
                    open.Dispose();
                    _changes?.Seen(changedThem: true);
                }
            }
        }
        finally
        {
            _open = null;
            _mutex.ReleaseMutex();
        }

        _changes?.Dispose();
    }

    /// <summary>
    /// How many times an engine was opened on the file: the first time, and again whenever the file was found changed
    /// by someone else (or the engine could not be kept). While it stays the same, every read since saw the file as
    /// only this process has written it.
    /// </summary>
    public long EngineOpenings => Interlocked.Read(ref _engineOpenings);

    /// <summary>
    /// Whether the file is as this engine left it, looked at now under the mutex as any operation would (which opens the
    /// engine afresh, counted in <see cref="EngineOpenings"/>, when it is not); false when changes cannot be told.
    /// </summary>
    public bool UnchangedSince(long engineOpenings)
    {
        if (_changes is null)
        {
            return false;
        }

        Enter();
        Leave();
        return EngineOpenings == engineOpenings;
    }

    /// <summary>Whether an engine is open on the file now (tests: nothing is left open after disposal).</summary>
    internal bool HoldsFileOpen => _open is not null;

    private T Write<T>(Func<LiteEngine, T> operation, bool keepReserve = true)
    {
        Enter(forWriting: keepReserve, writes: true);
        var open = _open!;
        var inTransaction = _inTransaction;
        return Finish(open, inTransaction, () => operation(open.Engine));
    }

    private bool EndTransaction(Func<LiteEngine, bool> end)
    {
        if (_open is null || !_inTransaction)
        {
            return false;
        }

        var open = _open;
        return Finish(open, inTransaction: false, () =>
        {
            try
            {
                return end(open.Engine);
            }
            finally
            {
                _inTransaction = false;
            }
        });
    }

    /// <summary>
    /// Runs a write and closes the file (when this is the outermost use), and only then judges it: LiteDB hands log
    /// pages to a background writer, so a full disk may show only while closing waits for that writer.
    /// </summary>
    private T Finish<T>(OpenEngine open, bool inTransaction, Func<T> write)
    {
        T result;
        try
        {
            result = write();
        }
        catch (Exception failure) when (open.Fuse.IsBlown || StorageErrors.IsDiskFull(failure))
        {
            Leave();
            throw Refused(open.Fuse.Failure ?? failure);
        }
        catch
        {
            Leave();
            throw;
        }

        Leave();
        if (open.Fuse.LogFailed)
        {
            throw Refused(open.Fuse.Failure!);
        }

        if (open.Fuse.Failure is { } closing && StorageErrors.IsDiskFull(closing))
        {
            _health.WriteFailedForSpace();
        }
        else if (!inTransaction)
        {
            _health.WriteSucceeded();
        }

        return result;
    }

    private void Enter(bool forWriting = false, bool writes = false)
    {
        Acquire();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_depth == 0 && _open is not null && (_changes is null || _open.Fuse.IsBlown || !_changes.Unchanged()))
            {
                var stale = _open;
                _open = null;
                stale.Abandon();
            }

            if (forWriting && !_inTransaction)
            {
                RefuseWhenDiskNearlyFull();
            }

            if (_open is null)
            {
                _open = OpenEngine.Create(_connection, _dataFile, _logFile);
                Interlocked.Increment(ref _engineOpenings);
            }

            _depth++;
            _wrote |= writes;
        }
        catch (Exception failure)
        {
            _mutex.ReleaseMutex();
            if (StorageErrors.IsDiskFull(failure))
            {
                throw Refused(failure);
            }

            throw;
        }
    }

    private void Leave()
    {
        OpenEngine? wroteTo = null;
        try
        {
            _depth--;
            if (_depth == 0 && !_inTransaction && _open is not null)
            {
                wroteTo = _wrote ? _open : null;
                Settle(_open);
            }
        }
        finally
        {
            _mutex.ReleaseMutex();
        }

        // The write is in the log file already; syncing it to disk outside the mutex lets the next operation run
        // meanwhile, and writers finishing together share one sync. The caller returns only once it is on disk.
        wroteTo?.SyncLog();
    }

    /// <summary>
    /// Ends the outermost operation, the mutex still held: after a write, waits until its pages are in the log file
    /// (where another process opening the file finds them; LiteDB moves the log into the data file on its own once it
    /// holds 1,000 pages, and when the last engine closes), and announces the change to the other users of the file.
    /// The engine is kept open unless it failed or the change counter cannot be kept.
    /// </summary>
    private void Settle(OpenEngine open)
    {
        var wrote = _wrote;
        _wrote = false;
        var keep = _changes is not null;
        try
        {
            if (keep && wrote && !open.Fuse.IsBlown)
            {
                LogWriter.WaitForCommitted(open.Engine);
            }
        }
        catch
        {
            keep = false;
            throw;
        }
        finally
        {
            if (!keep || open.Fuse.IsBlown)
            {
                _open = null;
                open.Dispose();
            }

            _changes?.Seen(changedThem: wrote);
        }
    }

    private void Acquire()
    {
        bool acquired;
        try
        {
            acquired = _mutex.WaitOne(LockTimeout);
        }
        catch (AbandonedMutexException)
        {
            // A process died holding the file; LiteDB's log recovery makes the file consistent on the next open.
            acquired = true;
        }

        if (!acquired)
        {
            throw new StorageUnavailableException(StorageProblem.Busy, $"{_dataFile} stayed locked by another operation for {LockTimeout.TotalSeconds:0} s.");
        }
    }

    /// <summary>Throws what a write would throw now for lack of space (a write queued for later checks this first).</summary>
    public void RefuseWritesWhenDiskNearlyFull()
    {
        try
        {
            RefuseWhenDiskNearlyFull();
        }
        catch (IOException failure)
        {
            throw Refused(failure);
        }
    }

    private void RefuseWhenDiskNearlyFull()
    {
        if (_minimumFreeBytes > 0 && FreeSpace.Of(_dataFile) is { } free && free < _minimumFreeBytes)
        {
            throw new IOException($"No space left on device: {free} bytes free where {_dataFile} lives, fewer than the {_minimumFreeBytes} kept in reserve.");
        }
    }

    private StorageUnavailableException Refused(Exception failure)
    {
        if (StorageErrors.IsDiskFull(failure))
        {
            _health.WriteFailedForSpace();
            return StorageErrors.DiskFull(_dataFile, failure);
        }

        return new StorageUnavailableException(StorageProblem.WriteFailed, $"Writing {_dataFile} failed: {failure.Message}", failure);
    }
}
