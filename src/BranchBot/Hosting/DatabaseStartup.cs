using BranchBot.Core.Security;
using BranchBot.Security;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Files;
using BranchBot.Storage.LiteDb.Schema;
using BranchBot.Storage.Postgres;
using LiteDB;
using Npgsql;
using Microsoft.Extensions.Options;

namespace BranchBot.Hosting;

/// <summary>
/// Before anything touches the database: refuse a damaged, vanished or emptied file instead of starting a new
/// branch over it, and (for the server) take the one-server-per-file lock. Opening the database brings an older file
/// to the current schema version (LiteDbSchema) and refuses one written by a newer BranchBot. Every refusal is one Critical log line
/// naming the file and what to do; the process then exits with 1.
/// </summary>
public static partial class DatabaseStartup
{
    /// <summary>The server lock when it was taken (keep it for the process's life), or a refusal.</summary>
    public static bool TryOpen(WebApplication app, bool asServer, out IDisposable? serverLock)
    {
        ArgumentNullException.ThrowIfNull(app);
        serverLock = null;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("BranchBot.Database");
        if (app.Configuration.UsesPostgres())
        {
            return TryOpenPostgres(app, logger);
        }

        var files = DatabaseFiles.For(app.Configuration.BranchBotConnectionString(), app.Environment.ContentRootPath);
        if (files is null)
        {
            return true;
        }

        if (asServer)
        {
            serverLock = ServerFileLock.TryTake(files, app.Services.GetRequiredService<TimeProvider>(), out var refusal);
            if (serverLock is null)
            {
                LogRefused(logger, refusal!);
                return false;
            }
        }

        var keyFile = ContentKeyRingLoader.KeyFilePath(
            app.Services.GetRequiredService<IOptions<ContentProtectionOptions>>().Value, files.Data, app.Environment.ContentRootPath);
        if (DatabaseFileCheck.FindProblem(files, [keyFile]) is { } problem)
        {
            return Refuse(logger, problem, ref serverLock);
        }

        try
        {
            var context = app.Services.GetRequiredService<LiteDbContext>();
            if (asServer)
            {
                // About 0.2 s for 50,000 documents; a one-shot CLI verb relies on the checks above and LiteDB's own.
                ReadEverything(context);
            }

            MarkCreated(files);
            return true;
        }
        catch (SchemaTooNewException tooNew)
        {
            return Refuse(logger, tooNew.Message, ref serverLock);
        }
        catch (Exception failure) when (failure is LiteException or IOException or InvalidDataException or InvalidCastException or IndexOutOfRangeException or ArgumentException)
        {
            return Refuse(logger, DatabaseFileCheck.Unreadable(files, failure), ref serverLock);
        }
    }

    // PostgreSQL: no file to check and no one-server lock (several instances share it); opening migrates the schema
    // once across instances and refuses a newer one or an unreachable server, each in one line.
    private static bool TryOpenPostgres(WebApplication app, ILogger logger)
    {
        IDisposable? none = null;
        try
        {
            _ = app.Services.GetRequiredService<PostgresDatabase>();
            _ = app.Services.GetRequiredService<Core.Organisation.BranchContext>();
            return true;
        }
        catch (Storage.Postgres.Schema.SchemaTooNewException tooNew)
        {
            return Refuse(logger, tooNew.Message, ref none);
        }
        catch (Exception failure) when (failure is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            return Refuse(logger, $"无法连接 PostgreSQL 数据库（ConnectionStrings:BranchBot）：{failure.Message}", ref none);
        }
    }

    // Every page of every collection is read once, so a damaged page stops the start rather than a chat later.
    private static void ReadEverything(LiteDbContext context)
    {
        foreach (var name in context.Database.GetCollectionNames())
        {
            _ = context.Database.GetCollection(name).Query().ToEnumerable().Count();
        }
    }

    private static void MarkCreated(DatabaseFiles files)
    {
        OwnerOnlyFile.TryCreate(files.CreatedMarker,
            "This BranchBot database exists. If the database file is ever missing or empty, restore it from a backup (docs/backup.md) instead of starting anew.\n");
    }

    private static bool Refuse(ILogger logger, string problem, ref IDisposable? serverLock)
    {
        LogRefused(logger, problem);
        serverLock?.Dispose();
        serverLock = null;
        return false;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Problem}")]
    private static partial void LogRefused(ILogger logger, string problem);
}
