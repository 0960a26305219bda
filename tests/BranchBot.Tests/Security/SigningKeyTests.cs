using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Runtime.Versioning;
using System.Text;
using BranchBot.BotFramework.DirectLine;
using BranchBot.BotFramework.DirectLine.Security;
using BranchBot.Core.Membership;
using BranchBot.Security;
using BranchBot.Storage.LiteDb;
using BranchBot.Tests.Console;
using BranchBot.Tests.DirectLine.Support;
using BranchBot.Tests.Support;
using BranchBot.WebConsole.Access;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BranchBot.Tests.Security;

/// <summary>Signing keys live in an owner-only key file, never in the database, and the console's is its own.</summary>
public sealed class SigningKeyTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("branchbot-signing-");

    private string DataFolder => Path.Combine(_root.FullName, "data");

    private string DatabaseFile => Path.Combine(DataFolder, "branchbot.db");

    private string KeyFile => Path.Combine(DataFolder, SigningKeyFile.DefaultFileName);

    private Dictionary<string, string> FileDatabase => new()
    {
        ["DirectLine:Secret"] = "",
        ["ConnectionStrings:BranchBot"] = $"Filename={DatabaseFile};Connection=shared",
    };

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task After_start_the_keys_are_in_an_owner_only_file_and_no_key_material_is_in_the_database()
    {
        await using (var app = new DirectLineApp(FileDatabase))
        {
            using var client = app.CreateClient();
            using var session = await client.PostAsync(new Uri("/chat/session", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.OK, session.StatusCode);
            _ = app.Service<ConsoleLoginLinks>().LinkFor(new Member { Id = "m1", Name = "王书记" });
        }

        var keys = SigningKeyFile.Read(KeyFile);
        var database = File.ReadAllBytes(DatabaseFile);
        foreach (var key in new[] { keys.Chat, keys.Console, keys.Lookup })
        {
            Assert.Equal(-1, database.AsSpan().IndexOf(key));
        }

        using var opened = new LiteDatabase($"Filename={DatabaseFile};Connection=shared");
        Assert.Equal(0, opened.GetCollection(LiteDbCollections.Secrets).Count());
        Assert.NotEqual(keys.Chat, keys.Console);
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public async Task The_database_folder_and_files_are_created_owner_only()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        await using (var app = new DirectLineApp(FileDatabase))
        {
            using var client = app.CreateClient();
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(DataFolder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DatabaseFile));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));

        // LiteDB's log holds the same data as the database; the lock and marker files beside them follow suit.
        var files = Directory.GetFiles(DataFolder);
        Assert.Contains(files, f => f.EndsWith("-log.db", StringComparison.Ordinal));
        Assert.All(files, f => Assert.True(File.GetUnixFileMode(f) == (UnixFileMode.UserRead | UnixFileMode.UserWrite), $"{f}: {File.GetUnixFileMode(f)}"));
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public async Task An_existing_database_readable_by_others_is_tightened_with_a_warning()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        LiteDbContext.Open($"Filename={DatabaseFile};Connection=shared").Dispose();
        File.SetUnixFileMode(DatabaseFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var logs = new CapturingLoggerProvider();

        await using (var app = new DirectLineApp(FileDatabase) { ExtraServices = services => services.AddSingleton<ILoggerProvider>(logs) })
        {
            using var client = app.CreateClient();
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DatabaseFile));
        Assert.Contains(logs.Lines, line => line.Level == LogLevel.Warning && line.Message.Contains("now owner-only", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_key_stored_in_an_old_database_moves_to_the_key_file_and_leaves_the_database()
    {
        var legacy = Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray();
        using (var old = LiteDbContext.Open($"Filename={DatabaseFile};Connection=shared"))
        {
            old.Database.GetCollection(LiteDbCollections.Secrets).Insert(new BsonDocument { ["_id"] = SigningKeysLoader.LegacySecretName, ["Value"] = legacy });
        }

        await using (var app = new DirectLineApp(FileDatabase))
        {
            Assert.Equal(legacy, app.Service<SigningKeys>().Chat);
        }

        Assert.Equal(legacy, SigningKeyFile.Read(KeyFile).Chat);
        using var opened = new LiteDatabase($"Filename={DatabaseFile};Connection=shared");
        Assert.Equal(0, opened.GetCollection(LiteDbCollections.Secrets).Count());
    }

    [Fact]
    public async Task A_console_session_or_link_signed_with_a_key_from_the_direct_line_secret_is_refused()
    {
        const string secret = "the-direct-line-secret";
        await using var app = new BranchBotApplication(new Dictionary<string, string?> { ["DirectLine:Secret"] = secret });
        var secretary = await app.ClaimedBranchAsync();
        var fromSecret = new SigningKeyRing(new ConfiguredSigningKeySource(Options.Create(new DirectLineOptions { Secret = secret })));
        var realKey = app.Services.GetRequiredService<ConsoleKeyRing>();

        Assert.Equal(HttpStatusCode.OK, await ConsoleWithSessionAsync(app, secretary, realKey.Sign));
        Assert.NotEqual(HttpStatusCode.OK, await ConsoleWithSessionAsync(app, secretary, fromSecret.Sign));

        using var forgedLink = await app.Browser().UseLinkAsync("/console/login?token=" + Uri.EscapeDataString(LinkToken(app, secretary, fromSecret.Sign)));
        Assert.NotEqual("/console", forgedLink.Headers.Location?.OriginalString);
        using var realLink = await app.Browser().UseLinkAsync("/console/login?token=" + Uri.EscapeDataString(LinkToken(app, secretary, realKey.Sign)));
        Assert.Equal("/console", realLink.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_console_key_from_configuration_replaces_the_generated_one()
    {
        var configured = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();
        await using var app = new BranchBotApplication(new Dictionary<string, string?> { [SigningKeysLoader.ConsoleKeySetting] = Convert.ToBase64String(configured) });

        Assert.Equal(configured, app.Services.GetRequiredService<SigningKeys>().Console);
        var expected = new SigningKeyRing(new FixedKey(configured)).Sign("console-session", "x"u8);
        Assert.Equal(expected, app.Services.GetRequiredService<ConsoleKeyRing>().Sign("console-session", "x"u8));
    }

    private sealed class FixedKey(byte[] key) : IDirectLineSigningKeySource
    {
        public byte[] GetMasterKey() => key;
    }

    private delegate byte[] Signer(string purpose, ReadOnlySpan<byte> data);

    private static async Task<HttpStatusCode> ConsoleWithSessionAsync(BranchBotApplication app, Member member, Signer sign)
    {
        var started = app.Clock.GetUtcNow();
        var signed = string.Create(CultureInfo.InvariantCulture, $"v2.c2Vzc2lvbmlkMTIz.{member.Id}.{started.ToUnixTimeMilliseconds()}.{(started + TimeSpan.FromHours(1)).ToUnixTimeSeconds()}");
        var cookie = $"{signed}.{Base64Url.EncodeToString(sign("console-session", Encoding.UTF8.GetBytes(signed)))}";
        using var client = app.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/console");
        request.Headers.Add("Cookie", $"{ConsoleSession.CookieName}={cookie}");
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static string LinkToken(BranchBotApplication app, Member member, Signer sign)
    {
        var payload = $$"""{"m":"{{member.Id}}","x":{{app.Clock.GetUtcNow().AddMinutes(5).ToUnixTimeSeconds()}},"n":"bGlua2lkMTIzNDU2"}""";
        var signedPart = "cl1." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload));
        return $"{signedPart}.{Base64Url.EncodeToString(sign("console-login-link", Encoding.ASCII.GetBytes(signedPart)))}";
    }
}
