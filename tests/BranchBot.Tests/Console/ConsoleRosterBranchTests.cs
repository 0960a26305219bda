using System.Net;
using System.Text.RegularExpressions;
using BranchBot.Core.Membership;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>
/// The 党员 page's upload and export with the branch column: 王书记 (also 党建专员) puts each row in the branch it
/// names; 李书记, 书记 of 第二党支部 only, may name only their own branch, and a row for another branch (or an unknown
/// one) is refused by line with nothing written; each export writes the column for the branches its viewer may import into.
/// </summary>
public class ConsoleRosterBranchTests
{
    private const string Header = "name,role,group,channelId,userId,branch\n";

    [Fact]
    public async Task A_party_committee_role_holder_puts_each_row_in_the_branch_it_names()
    {
        await using var app = new BranchBotApplication();
        var two = await TwoBranches.SetUpAsync(app);
        using var client = await app.SignedInAsync(two.Wang);

        using var response = await client.UploadRosterAsync(Header + "周八,党员,,,,\n孙七,党员,,,,第二党支部\n吴九,党员,,,,机关第一党支部\n");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.True(response.StatusCode == HttpStatusCode.OK, page);
        Assert.Contains("「第二党支部」导入完成：新增 1 人", page, StringComparison.Ordinal);
        Assert.Equal(["吴九", "周八", "张三", "王书记"], await NamesAsync(app.Services));
        Assert.Equal(["孙七", "李书记", "赵六"], await NamesAsync(app.BranchServices(two.BranchB)));
        var auditB = await app.BranchServices(two.BranchB).GetRequiredService<IConsoleAuditStore>().ListAsync(50, CancellationToken.None);
        Assert.Contains(auditB, e => e.Action == "导入名单（上级党组织）" && e.MemberId == two.Wang.Id && e.Detail == "roster.csv：新增1，更新0");
        var auditA = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(50, CancellationToken.None);
        Assert.Contains(auditA, e => e.Action == "导入名单" && e.MemberId == two.Wang.Id);
    }

    [Theory]
    [InlineData("钱八,党员,,,,\n孙七,党员,,,,机关第一党支部\n", "第 3 行：不能导入到支部「机关第一党支部」")]
    [InlineData("钱八,党员,,,,第二党支部\n孙七,党员,,,,第九支部\n", "第 3 行：没有找到支部「第九支部」")]
    public async Task A_branch_secretary_may_import_only_into_their_own_branch_and_nothing_is_half_imported(string rows, string expected)
    {
        await using var app = new BranchBotApplication();
        var two = await TwoBranches.SetUpAsync(app);
        using var client = await SignedInThroughChatAsync(app, "li");

        using var response = await client.UploadRosterAsync(Header + rows);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("未导入任何数据", page, StringComparison.Ordinal);
        Assert.Contains(expected, page, StringComparison.Ordinal);
        Assert.Equal(["李书记", "赵六"], await NamesAsync(app.BranchServices(two.BranchB)));
        Assert.Equal(["张三", "王书记"], await NamesAsync(app.Services));
    }

    [Fact]
    public async Task A_branch_secretary_imports_rows_naming_their_own_branch()
    {
        await using var app = new BranchBotApplication();
        var two = await TwoBranches.SetUpAsync(app);
        using var client = await SignedInThroughChatAsync(app, "li");

        using var response = await client.UploadRosterAsync(Header + "钱八,党员,,,,第二党支部\n孙七,党员,,,,\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["孙七", "李书记", "赵六", "钱八"], await NamesAsync(app.BranchServices(two.BranchB)));
        Assert.Equal(["张三", "王书记"], await NamesAsync(app.Services));
    }

    [Fact]
    public async Task Each_export_writes_the_branch_column_for_the_branches_its_viewer_may_import_into()
    {
        await using var app = new BranchBotApplication();
        var two = await TwoBranches.SetUpAsync(app);
        using var li = await SignedInThroughChatAsync(app, "li");
        using var wang = await app.SignedInAsync(two.Wang);

        var own = await li.GetStringAsync(new Uri("/console/members/export", UriKind.Relative));
        var all = await wang.GetStringAsync(new Uri("/console/members/export", UriKind.Relative));

        Assert.StartsWith(Header, own.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("赵六,member,,,,第二党支部\n", own, StringComparison.Ordinal);
        Assert.DoesNotContain("王书记", own, StringComparison.Ordinal);
        Assert.StartsWith(Header + "王书记,secretary,,test,secretary,机关第一党支部\n", all.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("赵六,member,,,,第二党支部\n", all, StringComparison.Ordinal);

        using var again = await li.UploadRosterAsync(own.TrimStart('\uFEFF'));
        var page = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync());
        Assert.True(again.StatusCode == HttpStatusCode.OK, page);
        Assert.Contains("导入完成：新增 0 人，更新 0 人", page, StringComparison.Ordinal);
    }

    private static async Task<HttpClient> SignedInThroughChatAsync(BranchBotApplication app, string user)
    {
        var reply = await app.CreateClient().SayAsync(app, "控制台", user);
        var link = new Uri(Regex.Match(reply, @"https?://\S+/console/login\?token=\S+").Value).PathAndQuery;
        var client = app.Browser();
        using var used = await client.UseLinkAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        return client;
    }

    private static async Task<List<string>> NamesAsync(IServiceProvider branch) =>
        [.. (await branch.GetRequiredService<IMembershipStore>().ListMembersAsync(CancellationToken.None)).Select(m => m.Name).Order(StringComparer.Ordinal)];
}
