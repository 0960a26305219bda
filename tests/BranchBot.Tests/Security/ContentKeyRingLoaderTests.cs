using System.Runtime.Versioning;
using System.Security.Cryptography;
using BranchBot.Core.Security;
using BranchBot.Hosting;
using BranchBot.Security;
using Microsoft.Extensions.Logging;

namespace BranchBot.Tests.Security;

public sealed class ContentKeyRingLoaderTests : IDisposable
{
    private const string FileDatabase = "Filename=data/branchbot.db;Connection=shared";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("branchbot-keys-");
    private readonly RecordingLogger<ContentKeyRingLoader> _logger = new();

    public void Dispose() => _root.Delete(recursive: true);

    private string KeyFile => Path.Combine(_root.FullName, "data", "branchbot.key");

    private ContentKeyRing Load(ContentProtectionOptions? options = null, string connectionString = FileDatabase) =>
        new ContentKeyRingLoader(_logger).Load(options ?? new ContentProtectionOptions(), connectionString, _root.FullName);

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void On_first_run_a_key_file_only_its_owner_can_read_is_created_beside_the_database()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");

        var ring = Load();

        Assert.True(File.Exists(KeyFile));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
        Assert.Contains(ContentKeyLines.Format(ring.Current), File.ReadAllLines(KeyFile));
        var created = Assert.Single(_logger.Lines, l => l.Message.Contains("Created the content key file", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, created.Level);
        Assert.DoesNotContain(_logger.Lines, l => l.Message.Contains(ring.Current.ToBase64(), StringComparison.Ordinal));
    }

    [Fact]
    public void The_key_file_is_reused_after_a_restart_so_earlier_content_stays_readable()
    {
        var stored = new AesGcmContentProtector(Load()).Protect("工作上的困难");

        var afterRestart = Load();

        Assert.Equal("工作上的困难", new AesGcmContentProtector(afterRestart).Unprotect(stored));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(KeyFile)!));
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void A_key_file_others_may_read_is_refused_with_a_clear_log_line()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        Load();
        File.SetUnixFileMode(KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var error = Assert.Throws<InsecureKeyFileException>(() => Load());

        Assert.Contains("chmod 600", error.Message, StringComparison.Ordinal);
        Assert.Contains("0644", error.Message, StringComparison.Ordinal);
        Assert.Contains(_logger.Lines, l => l.Level == LogLevel.Critical && l.Message.Contains(KeyFile, StringComparison.Ordinal));
    }

    [Fact]
    public void A_configured_key_wins_and_the_key_file_still_reads_what_it_wrote()
    {
        var fromFile = new AesGcmContentProtector(Load()).Protect("生活上需要组织帮助的事");
        var configured = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        var ring = Load(new ContentProtectionOptions { DataKey = configured, DataKeyId = "y2027" });

        Assert.Equal("y2027", ring.Current.Id);
        var protector = new AesGcmContentProtector(ring);
        Assert.StartsWith("enc:v1:y2027:", protector.Protect("新内容"), StringComparison.Ordinal);
        Assert.Equal("生活上需要组织帮助的事", protector.Unprotect(fromFile));
    }

    [Fact]
    public void A_configured_key_creates_no_key_file()
    {
        var ring = Load(new ContentProtectionOptions { DataKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });

        Assert.Matches("^k[0-9a-f]{8}$", ring.Current.Id);
        Assert.False(File.Exists(KeyFile));
    }

    [Fact]
    public void Previous_keys_from_configuration_decrypt_what_they_wrote()
    {
        var oldNamed = ContentKey.FromBase64(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), "y2025");
        var oldUnnamed = ContentKey.Generate();
        var written = new[] { new AesGcmContentProtector(new ContentKeyRing(oldNamed)).Protect("甲"), new AesGcmContentProtector(new ContentKeyRing(oldUnnamed)).Protect("乙") };
        var options = new ContentProtectionOptions { DataKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), DataKeyId = "y2026" };
        options.PreviousDataKeys.Add($"y2025:{oldNamed.ToBase64()}");
        options.PreviousDataKeys.Add(oldUnnamed.ToBase64());

        var protector = new AesGcmContentProtector(Load(options));

        Assert.Equal(["甲", "乙"], written.Select(protector.Unprotect));
    }

    [Fact]
    public void An_in_memory_database_gets_a_key_held_in_memory_and_no_file_is_written()
    {
        var first = Load(connectionString: ":memory:");
        var second = Load(connectionString: "Filename=:memory:");

        Assert.NotEqual(first.Current.Id, second.Current.Id);
        Assert.Empty(_root.GetFileSystemInfos());
        Assert.Contains(_logger.Lines, l => l.Message.Contains("held in memory only", StringComparison.Ordinal));
    }

    [Fact]
    public void A_configured_key_file_path_is_resolved_against_the_content_root()
    {
        var ring = Load(new ContentProtectionOptions { DataKeyFile = "secrets/bot.key" });

        var path = Path.Combine(_root.FullName, "secrets", "bot.key");
        Assert.True(File.Exists(path));
        Assert.Equal(ring.Current.Id, ContentKeyFile.Read(path).Current.Id);
        Assert.False(File.Exists(KeyFile));
    }

    [Fact]
    public void A_key_file_with_a_new_first_line_rotates_and_keeps_the_old_key_for_reading()
    {
        var before = new AesGcmContentProtector(Load()).Protect("对支部工作的意见建议");
        var newKey = ContentKey.Generate();
        var lines = File.ReadAllLines(KeyFile).ToList();
        lines.Insert(lines.FindIndex(l => !l.StartsWith('#')), ContentKeyLines.Format(newKey));
        File.WriteAllLines(KeyFile, lines);

        var ring = Load();

        Assert.Equal(newKey.Id, ring.Current.Id);
        Assert.Equal("对支部工作的意见建议", new AesGcmContentProtector(ring).Unprotect(before));
    }

    [Fact]
    public async Task Processes_starting_together_on_a_new_database_end_up_with_one_key()
    {
        var path = Path.Combine(_root.FullName, "race", "branchbot.key");

        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => ContentKeyFile.LoadOrCreate(path).Ring.Current.Id)));

        Assert.Single(ids.Distinct(StringComparer.Ordinal));
        Assert.Equal(["branchbot.key"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void An_empty_key_file_is_an_error_not_a_reason_to_make_a_new_key()
    {
        Load();
        File.WriteAllText(KeyFile, "# nothing here\n");

        var error = Assert.Throws<StartupConfigurationException>(() => Load());

        Assert.Contains("backup", error.Message, StringComparison.Ordinal);
    }
}
