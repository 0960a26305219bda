using BranchBot.Core.Security;
using LiteDB;
using LiteDB.Engine;

namespace BranchBot.Storage.LiteDb.Engine;

/// <summary>One opening of the database file: the engine over fused data and log streams.</summary>
internal sealed class OpenEngine : IDisposable
{
    private readonly FusedFileStream _data;
    private readonly FusedFileStream _log;

    private OpenEngine(LiteEngine engine, FusedFileStream data, FusedFileStream log, WriteFuse fuse)
    {
        Engine = engine;
        _data = data;
        _log = log;
        Fuse = fuse;
    }

    public LiteEngine Engine { get; }

    public WriteFuse Fuse { get; }

    public static OpenEngine Create(ConnectionString connection, string dataFile, string logFile)
    {
        var fuse = new WriteFuse();
        var data = Open(dataFile, connection.ReadOnly, fuse, isLog: false);
        FusedFileStream? log = null;
        try
        {
            log = Open(logFile, connection.ReadOnly, fuse, isLog: true);
            var engine = new LiteEngine(new EngineSettings
            {
                Filename = dataFile,
                DataStream = data,
                LogStream = log,
                Password = connection.Password,
                InitialSize = connection.InitialSize,
                Collation = connection.Collation,
                ReadOnly = connection.ReadOnly,
                AutoRebuild = connection.AutoRebuild,
                Upgrade = connection.Upgrade,
            });
            if (fuse.Failure is { } failure)
            {
                engine.Dispose();
                throw new IOException(failure.Message, failure);
            }

            return new OpenEngine(engine, data, log, fuse);
        }
        catch
        {
            log?.Dispose();
            data.Dispose();
            throw;
        }
    }

    /// <summary>Syncs what the log writer wrote to disk (it is visible to other processes already).</summary>
    public void SyncLog() => _log.SyncDeferred();

    /// <summary>
    /// Closes an engine whose view of the file is out of date (another process changed it): nothing is written while
    /// closing, since its pages and log index no longer describe the file.
    /// </summary>
    public void Abandon()
    {
        Fuse.Blow(new ObjectDisposedException(nameof(OpenEngine), "The file was changed by another process."), inLog: false);
        Dispose();
    }

    public void Dispose()
    {
        // The engine moves the log into the data file (its checkpoint) while closing; the streams are ours to close.
        // The emptied log file stays: creating and deleting it around every operation would cost more than it saves.
        Engine.Dispose();
        _log.Dispose();
        _data.Dispose();
    }

    private static FusedFileStream Open(string path, bool readOnly, WriteFuse fuse, bool isLog)
    {
        var options = new FileStreamOptions
        {
            Mode = readOnly ? FileMode.Open : FileMode.OpenOrCreate,
            Access = readOnly ? FileAccess.Read : FileAccess.ReadWrite,
            Share = FileShare.ReadWrite | FileShare.Delete,
            BufferSize = 0,
            Options = FileOptions.RandomAccess,
        };
        if (!OperatingSystem.IsWindows())
        {
            // The log holds the same data as the database: a file it creates is owner-only like the database.
            options.UnixCreateMode = OwnerOnlyFile.FileMode;
        }

        return new FusedFileStream(new FileStream(path, options), fuse, isLog);
    }
}
