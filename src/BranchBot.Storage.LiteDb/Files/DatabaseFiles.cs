using LiteDB;

namespace BranchBot.Storage.LiteDb.Files;

/// <summary>The files of one database: the data file and what lives beside it.</summary>
public sealed record DatabaseFiles(string Data, bool Encrypted)
{
    /// <summary>LiteDB's write-ahead log beside the data file.</summary>
    public string Log => LogOf(Data);

    /// <summary>Held by the one server using the file.</summary>
    public string ServerLock => Data + ".lock";

    /// <summary>Written once the database holds a branch: from then on a missing or empty file is a loss, not a first start.</summary>
    public string CreatedMarker => Data + ".created";

    public string Folder => Path.GetDirectoryName(Data)!;

    /// <summary>LiteDB's write-ahead log beside a data file: data/branchbot.db -> data/branchbot-log.db.</summary>
    public static string LogOf(string data) =>
        Path.Combine(Path.GetDirectoryName(data) ?? string.Empty, Path.GetFileNameWithoutExtension(data) + "-log" + Path.GetExtension(data));

    /// <summary>The files a connection string names (a relative name against <paramref name="baseDirectory"/>); null for an in-memory database.</summary>
    public static DatabaseFiles? For(string connectionString, string? baseDirectory)
    {
        var parsed = new ConnectionString(connectionString);
        if (string.IsNullOrEmpty(parsed.Filename) || parsed.Filename is ":memory:" or ":temp:")
        {
            return null;
        }

        var file = baseDirectory is not null && !Path.IsPathRooted(parsed.Filename)
            ? Path.Combine(baseDirectory, parsed.Filename)
            : parsed.Filename;
        return new DatabaseFiles(Path.GetFullPath(file), Encrypted: !string.IsNullOrEmpty(parsed.Password));
    }
}
