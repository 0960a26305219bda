using System.Net;
using BranchBot.Cli;
using BranchBot.Core.Membership;
using BranchBot.Tests.Console;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Cli;

/// <summary>
/// roster import/export with the branch column: each row to its branch (a name, a path, or empty for the first);
/// an unknown branch or any bad row anywhere writes nothing; export per branch and for the organisation; and a second
/// branch served the same after a restart on the same file.
/// </summary>
public sealed class RosterCliBranchTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-roster-branches-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Each_row_goes_to_the_branch_its_column_names()
    {
        await using var app = new BranchBotApplication();
        var two = await TwoBranches.SetUpAsync(app);
        var file = await FileAsync(
            "name,role,group,channelId,userId,branch\n孙七,党员,,,,第二党支部\n郑十,党员,,,,机关第一党支部/第二党支部\n周八,党员,,,,\n吴九,党员,,,,机关第一党支部\n");

        var (code, output, error) = await RunAsync(app, "roster", "import", file);

        Assert.True(code == 0, error);
        Assert.Contains("「第二党支部」导入完成：新增 2 人", output, StringComparison.Ordinal);
        Assert.Contains("导入完成：新增 2 人", output.Replace("「第二党支部」导入完成：新增 2 人", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(["孙七", "李书记", "赵六", "郑十"], await NamesAsync(app.BranchServices(two.BranchB)));
        Assert.Equal(["吴九", "周八", "张三", "王书记"], await NamesAsync(app.Services));
    }

    [Theory]
    [InlineData("name,role,group,channelId,userId,branch\n周八,党员,,,,\n孙七,党员,,,,第九支部\n", "第 3 行：没有找到支部「第九支部」")]
    [InlineData("name,role,group,channelId,userId,branch\n周八,党员,,,,\n孙七,校长,,,,第二党支部\n", "第 3 行：不认识的角色「校长」")]
    [InlineData("name,role,group,channelId,userId,branch\n周八,党员,,test,li,\n", "第 2 行：聊天账号")]
    public async Task An_unknown_branch_or_a_bad_row_in_any_branch_writes_nothing(string csv, string expected)
    {
        await using var app = new BranchBotApplication();
        var two = await TwoBranches.SetUpAsync(app);

        var (code, _, error) = await RunAsync(app, "roster", "import", await FileAsync(csv));

        Assert.Equal(1, code);
        Assert.Contains("未导入任何数据", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal(["李书记", "赵六"], await NamesAsync(app.BranchServices(two.BranchB)));
        Assert.Equal(["张三", "王书记"], await NamesAsync(app.Services));
    }

    [Fact]
    public async Task Export_names_each_rows_branch_and_reimports_unchanged_and_one_branch_exports_alone()
    {
        await using var app = new BranchBotApplication();
        await TwoBranches.SetUpAsync(app);

        var (code, all, _) = await RunAsync(app, "roster", "export");
        Assert.Equal(0, code);
        Assert.StartsWith("name,role,group,channelId,userId,branch\n", all, StringComparison.Ordinal);
        Assert.Contains("王书记,secretary,,test,secretary,机关第一党支部\n", all, StringComparison.Ordinal);
        Assert.Contains("李书记,secretary,,test,li,第二党支部\n", all, StringComparison.Ordinal);
        Assert.Contains("赵六,member,,,,第二党支部\n", all, StringComparison.Ordinal);

        var (again, output, error) = await RunAsync(app, "roster", "import", await FileAsync(all));
        Assert.True(again == 0, error);
        Assert.Contains("「第二党支部」导入完成：新增 0 人", output, StringComparison.Ordinal);
        Assert.Contains("「机关第一党支部」导入完成：新增 0 人", output, StringComparison.Ordinal);

        var (oneCode, one, _) = await RunAsync(app, "roster", "export", "--branch", "第二党支部");
        Assert.Equal(0, oneCode);
        Assert.Contains("李书记", one, StringComparison.Ordinal);
        Assert.DoesNotContain("王书记", one, StringComparison.Ordinal);

        var (unknownCode, _, unknown) = await RunAsync(app, "roster", "export", "--branch", "第九支部");
        Assert.Equal(1, unknownCode);
        Assert.StartsWith("没有找到支部「第九支部」", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_restart_on_the_same_file_the_second_branch_is_served_by_the_console_and_the_cli()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:BranchBot"] = $"Filename={Path.Combine(_folder.FullName, "branchbot.db")};Connection=shared",
        };
        TwoBranches two;
        await using (var first = new BranchBotApplication(settings))
        {
            two = await TwoBranches.SetUpAsync(first);
        }

        await using var restarted = new BranchBotApplication(settings);
        using var client = await restarted.SignedInAsync(two.Li);
        var (status, members) = await client.GetPageAsync("/console/members");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("赵六", members, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", members, StringComparison.Ordinal);
        var (_, meetings) = await client.GetPageAsync("/console/meetings");
        Assert.Contains("社区志愿服务", meetings, StringComparison.Ordinal);

        var (code, output, error) = await RunAsync(restarted, "roster", "import", await FileAsync("name,role,group,channelId,userId,branch\n孙七,党员,,,,第二党支部\n"));
        Assert.True(code == 0, error);
        Assert.Contains("「第二党支部」导入完成：新增 1 人", output, StringComparison.Ordinal);
        var (_, after) = await client.GetPageAsync("/console/members");
        Assert.Contains("孙七", after, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(BranchBotApplication app, params string[] args)
    {
        _ = app.Server;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliVerbs.RunAsync(app.Services, args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task<string> FileAsync(string csv)
    {
        var file = Path.Combine(_folder.FullName, $"roster-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, csv);
        return file;
    }

    private static async Task<List<string>> NamesAsync(IServiceProvider branch) =>
        [.. (await branch.GetRequiredService<IMembershipStore>().ListMembersAsync(CancellationToken.None)).Select(m => m.Name).Order(StringComparer.Ordinal)];
}
