using BranchBot.Core.Security;

namespace BranchBot.Storage.LiteDb.Engine;

/// <summary>
/// Tells a <see cref="SharedFileEngine"/> whether anyone else changed the database since its own last operation, so
/// it may keep its engine (and the pages it has read) open between operations instead of reopening the file each time.
/// Two signs, both read under the machine-wide mutex: a counter beside the file (<c>branchbot.db.changes</c>) that
/// every shared engine bumps after it changed the files, and the length and last write time of the data and log files,
/// for a LiteDB tool that writes without the counter.
/// </summary>
internal sealed class FileChanges : IDisposable
{
    private readonly string _dataFile;
    private readonly string _logFile;
    private readonly FileStream _counter;
    private Snapshot? _lastSeen;

    private FileChanges(string dataFile, string logFile, FileStream counter)
    {
        _dataFile = dataFile;
        _logFile = logFile;
        _counter = counter;
    }

    public static string CounterOf(string dataFile) => dataFile + ".changes";

    /// <summary>The changes of <paramref name="dataFile"/>; null when the counter cannot be kept (a read-only folder).</summary>
    public static FileChanges? TryOpen(string dataFile, string logFile)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.OpenOrCreate,
            Access = FileAccess.ReadWrite,
            Share = FileShare.ReadWrite | FileShare.Delete,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile.FileMode;
        }

        try
        {
            return new FileChanges(dataFile, logFile, new FileStream(CounterOf(dataFile), options));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when the files are as this engine last left them (or saw them); call with the mutex held.</summary>
    public bool Unchanged() => _lastSeen is { } seen && seen == Take();

    /// <summary>Records the files as they are now, after this engine's operation; call with the mutex held.</summary>
    public void Seen(bool changedThem)
    {
        if (changedThem)
        {
            Span<byte> next = stackalloc byte[sizeof(long)];
            BitConverter.TryWriteBytes(next, ReadCounter() + 1);
            RandomAccess.Write(_counter.SafeFileHandle, next, 0);
        }

        _lastSeen = Take();
    }

    /// <summary>Forgets what was seen: the next <see cref="Unchanged"/> is false.</summary>
    public void Forget() => _lastSeen = null;

    public void Dispose() => _counter.Dispose();

    private Snapshot Take()
    {
        var data = new FileInfo(_dataFile);
        var log = new FileInfo(_logFile);
        return new Snapshot(
            ReadCounter(),
            data.Exists ? data.Length : -1,
            data.Exists ? data.LastWriteTimeUtc.Ticks : 0,
            log.Exists ? log.Length : -1,
            log.Exists ? log.LastWriteTimeUtc.Ticks : 0);
    }

    private long ReadCounter()
    {
        Span<byte> value = stackalloc byte[sizeof(long)];
        return RandomAccess.Read(_counter.SafeFileHandle, value, 0) == sizeof(long) ? BitConverter.ToInt64(value) : 0;
    }

    private readonly record struct Snapshot(long Counter, long DataLength, long DataWritten, long LogLength, long LogWritten);
}
