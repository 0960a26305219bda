using System.Runtime.CompilerServices;
using BranchBot.Core.Security;
using BranchBot.Security;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Storage;

/// <summary>
/// A private copy of the database written by release 0d9b7e6 (benchmarks/BranchBot.MixBench <c>fixture</c>), with its
/// content key, in a folder of its own: tests open and migrate the copy, never the committed file.
/// </summary>
internal sealed class ReleaseFixtureCopy : IDisposable
{
    public const string Release = "release-0d9b7e6";

    /// <summary>The snapshots' texts as that release's chat commands read the fixture, one file per command.</summary>
    public static readonly string[] SnapshotCommands = ["台账", "广播记录", "我的通知"];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-fixture-");

    public ReleaseFixtureCopy()
    {
        File.Copy(Path.Combine(FixtureFolder, Release + ".db"), DatabaseFile);
        var key = Path.Combine(_folder.FullName, Release + ".key");
        File.Copy(Path.Combine(FixtureFolder, Release + ".key"), key);
        if (!OperatingSystem.IsWindows())
        {
            // Git keeps no file modes but the executable bit; the key file is refused unless owner-only.
            File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Keys = ContentKeyFile.Read(key);
    }

    /// <summary>Where the build copied the fixture files (Storage/Fixtures beside the test assembly).</summary>
    public static string FixtureFolder => Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures");

    public string Folder => _folder.FullName;

    public string DatabaseFile => Path.Combine(_folder.FullName, Release + ".db");

    public string ConnectionString => $"Filename={DatabaseFile};Connection=shared";

    public ContentKeyRing Keys { get; }

    /// <summary>The bot on this copy, with the fixture's content key, the day after the fixture was written.</summary>
    public BotHarness Bot() => new(services => services.AddSingleton(Keys), ConnectionString);

    /// <summary>What today's code answers to each snapshot command: 台账 and 广播记录 to 王书记, 我的通知 to 张三.</summary>
    public static IReadOnlyDictionary<string, string> ReadSnapshots(BotHarness bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var secretary = bot.User("secretary", "王书记");
        var member = bot.User("u2", "张三");
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["台账"] = secretary.Send("台账").ExpectReply(string.Empty).LastReplyText,
            ["广播记录"] = secretary.Send("广播记录").ExpectReply(string.Empty).LastReplyText,
            ["我的通知"] = member.Send("我的通知").ExpectReply(string.Empty).LastReplyText,
        };
    }

    public static string SnapshotPath(string command) => Path.Combine(FixtureFolder, $"{Release}.{command}.txt");

    /// <summary>The source folder of the fixture, for rewriting the snapshots on purpose (see FixtureDatabaseTests).</summary>
    public static string SourceFolder([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, "Fixtures");

    public void Dispose() => _folder.Delete(recursive: true);
}
