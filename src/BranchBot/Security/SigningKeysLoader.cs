using BranchBot.Core.Security;
using BranchBot.Hosting;
using BranchBot.Storage.Postgres;

namespace BranchBot.Security;

/// <summary>
/// Where the signing keys come from: an in-memory database (tests) gets random keys held in memory; otherwise the
/// signing key file, created on first run. <c>Console:SigningKey</c> (base64 of at least 32 bytes), when set, replaces
/// the file's console key. Databases from before the key file kept the chat page's key in the <c>secrets</c>
/// collection: that key becomes the file's chat key when the file is created (so browsers keep their chat identity)
/// and is then deleted from the database.
/// </summary>
public sealed partial class SigningKeysLoader(ISecretStore legacySecrets, IConfiguration configuration, ILogger<SigningKeysLoader> logger)
{
    public const string ConsoleKeySetting = "Console:SigningKey";

    /// <summary>The name under which databases before the key file kept the Direct Line master key.</summary>
    public const string LegacySecretName = "directline-master-key";

    /// <param name="keyFile"><c>Security:SigningKeyFile</c>: relative to the content root; default beside the database.</param>
    public SigningKeys Load(string? keyFile, string connectionString, string contentRoot)
    {
        var database = ContentKeyRingLoader.DatabaseFile(connectionString, contentRoot);
        var keys = PostgresConnectionStrings.IsPostgres(connectionString) ? FromFile(SharedFilePath(keyFile, contentRoot))
            : database is null ? SigningKeys.Generate()
            : FromFile(FilePath(keyFile, database, contentRoot));
        return configuration[ConsoleKeySetting] is { Length: > 0 } configured ? keys with { Console = ConfiguredConsoleKey(configured) } : keys;
    }

    public static string FilePath(string? keyFile, string databaseFile, string contentRoot) =>
        !string.IsNullOrWhiteSpace(keyFile)
            ? Path.GetFullPath(Path.IsPathRooted(keyFile) ? keyFile : Path.Combine(contentRoot, keyFile))
            : Path.Combine(Path.GetDirectoryName(databaseFile) ?? contentRoot, SigningKeyFile.DefaultFileName);

    /// <summary>With PostgreSQL there is no database folder to default to: every instance names the one shared file.</summary>
    private static string SharedFilePath(string? keyFile, string contentRoot) =>
        string.IsNullOrWhiteSpace(keyFile)
            ? throw new StartupConfigurationException("使用 PostgreSQL 时必须设置 Security:SigningKeyFile（所有实例共用的签名密钥文件，首次启动时创建）；否则各实例的控制台登录、邀请码和日历链接互不相认。")
            : Path.GetFullPath(Path.IsPathRooted(keyFile) ? keyFile : Path.Combine(contentRoot, keyFile));

    private SigningKeys FromFile(string path)
    {
        try
        {
            var legacy = legacySecrets.Find(LegacySecretName);
            var (keys, created) = SigningKeyFile.LoadOrCreate(path, () => SigningKeys.Generate() with { Chat = legacy is { Length: >= SigningKeys.MinimumLength } ? legacy : SigningKeys.NewKey() });
            if (created)
            {
                LogCreated(logger, path, legacy is null ? "new" : "moved from the database");
            }

            if (legacy is not null)
            {
                legacySecrets.Delete(LegacySecretName);
                LogLegacyDeleted(logger);
            }

            return keys;
        }
        catch (InsecureKeyFileException exception)
        {
            LogInsecure(logger, exception.Message);
            throw;
        }
    }

    private static byte[] ConfiguredConsoleKey(string base64) =>
        SigningKeyFile.TryDecode(base64, out var key)
            ? key
            : throw new StartupConfigurationException($"{ConsoleKeySetting} must be base64 of at least {SigningKeys.MinimumLength} random bytes (openssl rand -base64 32).");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the signing key file {Path} (owner-only; chat key: {ChatKey}). Back it up apart from the database: without it console sessions, chat-page identities, invite codes and calendar links stop working.")]
    private static partial void LogCreated(ILogger logger, string path, string chatKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted the Direct Line key from the database's secrets collection; it is kept in the signing key file only.")]
    private static partial void LogLegacyDeleted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to start: {Reason}")]
    private static partial void LogInsecure(ILogger logger, string reason);
}
