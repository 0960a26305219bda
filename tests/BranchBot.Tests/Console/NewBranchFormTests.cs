using System.Net;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>
/// 新建支部 on /console/org: the 党建专员 (the 初始化 secretary) adds a branch and sees its 书记邀请码 once; a bad or
/// duplicate name comes back in Chinese with 400 and adds nothing; a 支委 without a 党委 role gets 403.
/// </summary>
public class NewBranchFormTests
{
    [Fact]
    public async Task The_party_affairs_officer_adds_a_branch_and_sees_its_code_once()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);
        var (_, page) = await client.GetPageAsync("/console/org");
        Assert.Contains("<form method=\"post\" action=\"/console/org/branches\"", page, StringComparison.Ordinal);

        var (status, created) = await PostAsync(client, page, "第二党支部", string.Empty);

        Assert.Equal(HttpStatusCode.OK, status);
        var code = System.Text.RegularExpressions.Regex.Match(created, "已新建支部「第二党支部」。书记邀请码：([A-Z0-9]{8})（").Groups[1].Value;
        Assert.Equal(8, code.Length);
        var units = await app.Services.GetRequiredService<IOrganisationStore>().ListUnitsAsync(CancellationToken.None);
        var branch = Assert.Single(units, u => u.Name == "第二党支部");
        Assert.Equal(OrgUnitKind.Branch, branch.Kind);
        Assert.NotNull(branch.SecretaryInvite);
        Assert.DoesNotContain(branch.SecretaryInvite!.CodeHash, created, StringComparison.Ordinal);
        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(10, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "新建支部" && e.Detail == "第二党支部" && e.MemberId == secretary.Id);

        var (_, again) = await client.GetPageAsync("/console/org");
        Assert.DoesNotContain(code, again, StringComparison.Ordinal);
        Assert.Contains("第二党支部", again, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("机关第一党支部", "", "已经有名为「机关第一党支部」的组织了")]
    [InlineData("  ", "", "支部名称")]
    [InlineData("第二党支部", "机关党总支", "没有找到名为「机关党总支」的党总支")]
    public async Task A_refused_name_is_a_bad_request_and_adds_nothing(string name, string parent, string expected)
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);
        var (_, page) = await client.GetPageAsync("/console/org");

        var (status, refused) = await PostAsync(client, page, name, parent);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, refused, StringComparison.Ordinal);
        var units = await app.Services.GetRequiredService<IOrganisationStore>().ListUnitsAsync(CancellationToken.None);
        Assert.Single(units, u => u.Kind == OrgUnitKind.Branch);
    }

    [Fact]
    public async Task A_committee_member_without_a_party_committee_role_is_refused()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var committee = await app.AddMemberAsync(secretary, "李委员", MemberRole.Committee);
        using var client = await app.SignedInAsync(committee);
        var (_, members) = await client.GetPageAsync("/console/members");

        var (status, refused) = await PostAsync(client, members, "第二党支部", string.Empty);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("只对党委书记、党委副书记、组织委员和党建专员开放", refused, StringComparison.Ordinal);
        var units = await app.Services.GetRequiredService<IOrganisationStore>().ListUnitsAsync(CancellationToken.None);
        Assert.Single(units, u => u.Kind == OrgUnitKind.Branch);
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient client, string pageWithForm, string name, string parent)
    {
        using var response = await client.PostAsync(
            new Uri("/console/org/branches", UriKind.Relative),
            new FormUrlEncodedContent([new("csrf", ConsoleTestSupport.CsrfIn(pageWithForm)), new("name", name), new("parent", parent)]));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
