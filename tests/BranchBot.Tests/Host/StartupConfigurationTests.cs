using BranchBot.Tests.Support;

namespace BranchBot.Tests.Host;

/// <summary>A setting or key file the bot cannot use stops the start with one Critical line saying what to fix.</summary>
public sealed class StartupConfigurationTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-settings-");

    private string Connection => $"Filename={Path.Combine(_folder.FullName, "branchbot.db")};Connection=shared";

    [Fact]
    public async Task An_unreadable_known_proxy_entry_stops_the_start_in_one_line()
    {
        var (code, output) = await BranchBotProcess.RunAsync(Connection, new Dictionary<string, string> { ["BranchBot__KnownProxies"] = "10.0.0.0/8, 代理服务器" });

        Assert.Equal(1, code);
        Assert.Contains("'代理服务器' is neither an IP address", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_signing_key_file_stops_the_start_in_one_line()
    {
        var keyFile = Path.Combine(_folder.FullName, "branchbot.signing.key");
        await File.WriteAllTextAsync(keyFile, "chat:not-base64\nconsole:not-base64\nlookup:not-base64\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var (code, output) = await BranchBotProcess.RunAsync(Connection);

        Assert.Equal(1, code);
        Assert.Contains(keyFile, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partial_wecom_configuration_stops_the_start_in_one_line()
    {
        var (code, output) = await BranchBotProcess.RunAsync(Connection, new Dictionary<string, string> { ["WeCom__CorpId"] = "wwbranchbot", ["WeCom__Secret"] = "s" });

        Assert.Equal(1, code);
        Assert.Contains("The WeCom channel is partly configured: WeCom:AgentId, WeCom:Token, WeCom:EncodingAESKey missing", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partial_dingtalk_configuration_stops_the_start_in_one_line()
    {
        var (code, output) = await BranchBotProcess.RunAsync(Connection, new Dictionary<string, string> { ["DingTalk__AppKey"] = "dingbranchbot" });

        Assert.Equal(1, code);
        Assert.Contains("The DingTalk channel is partly configured: DingTalk:AppSecret, DingTalk:RobotCode missing", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
