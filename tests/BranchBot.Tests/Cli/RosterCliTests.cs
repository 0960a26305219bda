using System.Net;
using System.Text;
using BranchBot.Cli;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Cli;

public class RosterCliTests
{
    private static async Task<(int Code, string Output, string Error)> RunInProcess(BranchBotApplication app, params string[] args)
    {
        _ = app.Server;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliVerbs.RunAsync(app.Services, args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Import_prints_invite_codes_for_unbound_members()
    {
        await using var app = new BranchBotApplication();
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "name,role,group,channelId,userId\n张三,党员,第一党小组,,\n李四,支委,,msteams,29:li\n");

        var (code, output, _) = await RunInProcess(app, "roster", "import", file);

        Assert.Equal(0, code);
        Assert.Contains("导入完成：新增 2 人，更新 0 人，绑定聊天账号 1 个。", output, StringComparison.Ordinal);
        Assert.Matches("张三\t[A-Z0-9]{8}", output);
        Assert.DoesNotContain("李四\t", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_with_bad_rows_exits_1_and_lists_them_by_line()
    {
        await using var app = new BranchBotApplication();
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "name,role,group,channelId,userId\n张三,党员,,,\n李四,校长,,,\n");

        var (code, _, error) = await RunInProcess(app, "roster", "import", file);

        Assert.Equal(1, code);
        Assert.Contains("名单有 1 处问题，未导入任何数据", error, StringComparison.Ordinal);
        Assert.Contains("第 3 行：不认识的角色「校长」", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_or_unknown_verb_exits_2()
    {
        await using var app = new BranchBotApplication();
        Assert.Equal(2, (await RunInProcess(app, "roster", "import", "/nonexistent/roster.csv")).Code);
        var (code, _, error) = await RunInProcess(app, "roster", "frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("用法", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_a_file_Excel_opens_as_UTF8()
    {
        await using var app = new BranchBotApplication();
        var input = Path.GetTempFileName();
        await File.WriteAllTextAsync(input, "name,role,group,channelId,userId\n张三,党小组长,第一党小组,,\n");
        await RunInProcess(app, "roster", "import", input);
        var output = Path.Combine(Path.GetTempPath(), $"roster-{Guid.NewGuid():N}.csv");

        var (code, _, _) = await RunInProcess(app, "roster", "export", output);

        Assert.Equal(0, code);
        var bytes = await File.ReadAllBytesAsync(output);
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.Equal("name,role,group,channelId,userId\n张三,group_leader,第一党小组,,\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task The_cli_imports_into_the_database_of_a_running_server()
    {
        var folder = Directory.CreateTempSubdirectory("branchbot-cli-");
        var connection = $"Filename={Path.Combine(folder.FullName, "branchbot.db")};Connection=shared";
        await using var app = new BranchBotApplication(new Dictionary<string, string?> { ["ConnectionStrings:BranchBot"] = connection });
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

        var roster = Path.Combine(folder.FullName, "roster.csv");
        await File.WriteAllTextAsync(roster, "name,role,group,channelId,userId\n张三,党员,,emulator,zhang\n");
        var (code, output) = await RunCliProcess(connection, "roster", "import", roster);
        Assert.True(code == 0, output);

        app.Clock.Advance(TimeSpan.FromSeconds(10));
        var body = """
            {"type":"message","id":"1","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","text":"我的信息",
             "from":{"id":"zhang"},"recipient":{"id":"bot"},"conversation":{"id":"c1"}}
            """;
        var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("姓名：张三", Assert.Single(app.Connector.Calls).Activity.Text, StringComparison.Ordinal);

        var (exportCode, exported) = await RunCliProcess(connection, "roster", "export");
        Assert.Equal(0, exportCode);
        Assert.Contains("张三,member,,emulator,zhang", exported, StringComparison.Ordinal);
        await app.DisposeAsync();
        folder.Delete(recursive: true);
    }

    /// <summary>Runs the built BranchBot.dll the way an operator would, as its own process.</summary>
    private static Task<(int Code, string Output)> RunCliProcess(string connectionString, params string[] args) =>
        BranchBotProcess.RunAsync(connectionString, null, args);
}
