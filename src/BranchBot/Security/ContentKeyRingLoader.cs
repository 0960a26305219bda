using BranchBot.Core.Security;
using BranchBot.Hosting;
using BranchBot.Storage.LiteDb.Files;
using BranchBot.Storage.Postgres;

namespace BranchBot.Security;

/// <summary>
/// Decides where the content key comes from, in this order:
/// <list type="number">
/// <item><c>Security:DataKey</c> when configured: it is the current key (a key file, if one exists, still decrypts).</item>
/// <item>An in-memory database (<c>:memory:</c>, as in tests): a random key held in memory only; no file is written,
/// since the content dies with the process anyway.</item>
/// <item>The key file (<c>Security:DataKeyFile</c>, default <c>branchbot.key</c> beside the database), created with
/// mode 0600 on first run. An existing file that group or others may access is refused.</item>
/// </list>
/// <c>Security:PreviousDataKeys</c> are added to the ring in every case, for reading values written before a rotation.
/// </summary>
public sealed partial class ContentKeyRingLoader(ILogger<ContentKeyRingLoader> logger)
{
    public ContentKeyRing Load(ContentProtectionOptions options, string connectionString, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        var previous = ContentKeyLines.ParseAll(options.PreviousDataKeys);
        var database = DatabaseFile(connectionString, contentRoot);

        if (!string.IsNullOrWhiteSpace(options.DataKey))
        {
            var current = ContentKey.FromBase64(options.DataKey, options.DataKeyId);
            var fileKeys = database is null ? [] : ExistingFileKeys(KeyFilePath(options, database, contentRoot));
            var ring = new ContentKeyRing(current, [.. previous, .. fileKeys]);
            LogConfiguredKey(logger, current.Id, ring.Keys.Count - 1);
            return ring;
        }

        if (PostgresConnectionStrings.IsPostgres(connectionString))
        {
            return SharedKeyFile(options, contentRoot, previous);
        }

        if (database is null)
        {
            var ring = new ContentKeyRing(ContentKey.Generate(), previous);
            LogEphemeralKey(logger, ring.Current.Id);
            return ring;
        }

        var path = KeyFilePath(options, database, contentRoot);
        try
        {
            var (fileRing, created) = ContentKeyFile.LoadOrCreate(path);
            var ring = new ContentKeyRing(fileRing.Current, [.. fileRing.Keys, .. previous]);
            if (created)
            {
                LogKeyFileCreated(logger, path, ring.Current.Id);
            }
            else
            {
                LogKeyFileRead(logger, path, ring.Current.Id, ring.Keys.Count - 1);
            }

            return ring;
        }
        catch (InsecureKeyFileException exception)
        {
            LogInsecureKeyFile(logger, exception.Message);
            throw;
        }
    }

    /// <summary>
    /// With PostgreSQL every instance must hold the same key: it comes from Security:DataKey (handled above) or from an
    /// existing key file named by Security:DataKeyFile. An instance never makes a key of its own there.
    /// </summary>
    private ContentKeyRing SharedKeyFile(ContentProtectionOptions options, string contentRoot, IReadOnlyCollection<ContentKey> previous)
    {
        var path = string.IsNullOrWhiteSpace(options.DataKeyFile)
            ? null
            : Path.GetFullPath(Path.IsPathRooted(options.DataKeyFile) ? options.DataKeyFile : Path.Combine(contentRoot, options.DataKeyFile));
        if (path is null || !File.Exists(path))
        {
            throw new StartupConfigurationException(path is null
                ? "使用 PostgreSQL 时必须设置 Security:DataKey（或 Security:DataKeyFile 指向所有实例共用的密钥文件）；本实例不会自行生成密钥，否则各实例加密的谈心内容互相无法读取。"
                : $"使用 PostgreSQL 时 Security:DataKeyFile 指向的密钥文件 {path} 不存在；本实例不会自行生成密钥，请放入所有实例共用的密钥文件或设置 Security:DataKey。");
        }

        try
        {
            var fileRing = ContentKeyFile.Read(path);
            var ring = new ContentKeyRing(fileRing.Current, [.. fileRing.Keys, .. previous]);
            LogKeyFileRead(logger, path, ring.Current.Id, ring.Keys.Count - 1);
            return ring;
        }
        catch (InsecureKeyFileException exception)
        {
            LogInsecureKeyFile(logger, exception.Message);
            throw;
        }
    }

    /// <summary>The database file's full path, or null for an in-memory database.</summary>
    public static string? DatabaseFile(string connectionString, string contentRoot) =>
        DatabaseFiles.For(connectionString, contentRoot)?.Data;

    /// <summary>The configured key file against the content root, else branchbot.key in the database's folder.</summary>
    public static string KeyFilePath(ContentProtectionOptions options, string databaseFile, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.DataKeyFile))
        {
            return Path.GetFullPath(Path.IsPathRooted(options.DataKeyFile) ? options.DataKeyFile : Path.Combine(contentRoot, options.DataKeyFile));
        }

        return Path.Combine(Path.GetDirectoryName(databaseFile) ?? contentRoot, ContentKeyFile.DefaultFileName);
    }

    private IReadOnlyCollection<ContentKey> ExistingFileKeys(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            return ContentKeyFile.Read(path).Keys;
        }
        catch (InsecureKeyFileException exception)
        {
            LogInsecureKeyFile(logger, exception.Message);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content key {KeyId} from configuration (Security:DataKey); {Previous} previous keys kept for reading.")]
    private static partial void LogConfiguredKey(ILogger logger, string keyId, int previous);

    [LoggerMessage(Level = LogLevel.Information, Message = "In-memory database: content key {KeyId} is held in memory only and no key file is written.")]
    private static partial void LogEphemeralKey(ILogger logger, string keyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the content key file {Path} (key {KeyId}, owner-only). Back it up apart from the database: without it 谈心 content cannot be read.")]
    private static partial void LogKeyFileCreated(ILogger logger, string path, string keyId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content key {KeyId} from {Path}; {Previous} previous keys kept for reading.")]
    private static partial void LogKeyFileRead(ILogger logger, string path, string keyId, int previous);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to start: {Reason}")]
    private static partial void LogInsecureKeyFile(ILogger logger, string reason);
}
