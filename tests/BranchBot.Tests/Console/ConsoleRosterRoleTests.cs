using System.Net;
using BranchBot.Core.Membership;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>The roster upload on 党员 follows the same role rules as chat: the 书记's office is the 书记's to give.</summary>
public class ConsoleRosterRoleTests
{
    [Fact]
    public async Task A_committee_member_uploading_himself_as_secretary_is_refused_with_400_and_nothing_changes()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var committee = await app.AddMemberAsync(secretary, "李支委", MemberRole.Committee);
        using var client = await app.SignedInAsync(committee);

        using var response = await client.UploadRosterAsync("name,role,group,channelId,userId\n李支委,书记,,,\n王书记,党员,,,\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("未导入任何数据", page, StringComparison.Ordinal);
        Assert.Contains("第 2 行：只有书记可以改变你自己的角色（支委）。", page, StringComparison.Ordinal);
        Assert.Contains("第 3 行：只有书记可以任免书记、副书记", page, StringComparison.Ordinal);
        var membership = app.Services.GetRequiredService<MembershipService>();
        Assert.Equal(MemberRole.Committee, (await membership.FindByNameAsync("李支委", CancellationToken.None))!.Role);
        Assert.Equal(MemberRole.Secretary, (await membership.FindByNameAsync("王书记", CancellationToken.None))!.Role);
        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(20, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "导入名单（未通过检查）", MemberName: "李支委" });
        Assert.DoesNotContain(audit, e => e.Action == "修改角色" && e.MemberName == "李支委");
    }

    [Fact]
    public async Task The_secretary_uploading_a_role_change_succeeds_and_it_shows_on_the_audit_page()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        await app.AddMemberAsync(secretary, "李支委", MemberRole.Committee);
        using var client = await app.SignedInAsync(secretary);

        using var response = await client.UploadRosterAsync("name,role,group,channelId,userId\n李支委,副书记,,,\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (_, log) = await client.GetPageAsync("/console/audit");
        Assert.Contains("<td>修改角色</td><td>「李支委」支委→副书记（经控制台）</td>", log, StringComparison.Ordinal);
    }
}
