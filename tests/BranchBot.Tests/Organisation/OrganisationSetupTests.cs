using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Organisation;

/// <summary>
/// A new database is an organisation from its first start: a root unit holding the setup code and one branch unit.
/// 初始化 names both, makes the sender the branch's 书记 and the organisation's 党建专员.
/// </summary>
public sealed class OrganisationSetupTests
{
    [Fact]
    public async Task The_first_start_creates_a_root_holding_the_setup_code_and_one_unclaimed_branch()
    {
        await using var bot = new BotHarness();

        var (root, branch) = await TreeAsync(bot);

        Assert.Equal(OrgUnitKind.PartyCommittee, root.Kind);
        Assert.Null(root.Name);
        Assert.True(Codes.Matches(BotHarness.SetupCode, root.SetupCodeHash));
        Assert.Equal(root.Id, branch.ParentId);
        Assert.Null(branch.ClaimedAt);
        Assert.Empty(await Organisation(bot).ListRolesAsync(CancellationToken.None));
        Assert.Equal(branch.Id, (await bot.Membership.GetBranchAsync(CancellationToken.None))!.Id);
    }

    [Fact]
    public async Task Claiming_names_root_and_branch_and_makes_the_secretary_the_party_affairs_officer()
    {
        await using var bot = new BotHarness();

        bot.ClaimedBranch("机关第一党支部");

        var (root, branch) = await TreeAsync(bot);
        var secretary = await bot.Membership.FindByChatAccountAsync(new ChatAccount("test", "secretary"), CancellationToken.None);
        Assert.Equal(("机关第一党支部", "机关第一党支部"), (root.Name, branch.Name));
        Assert.Null(root.SetupCodeHash);
        Assert.Equal(BotHarness.Start, branch.ClaimedAt);
        Assert.Equal(new OrgRole(secretary!.Id, root.Id, OrgRoleKind.PartyAffairsOfficer), Assert.Single(await Organisation(bot).ListRolesAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task A_second_start_before_the_claim_replaces_the_code_on_the_same_root()
    {
        await using var bot = new BotHarness();
        var (before, branchBefore) = await TreeAsync(bot);

        await bot.Membership.PrepareSetupCodeAsync("OTHER234", CancellationToken.None);

        var (after, branchAfter) = await TreeAsync(bot);
        Assert.Equal((before.Id, branchBefore.Id), (after.Id, branchAfter.Id));
        Assert.True(Codes.Matches("OTHER234", after.SetupCodeHash));
        bot.User("secretary", "王书记").Send($"初始化 {BotHarness.SetupCode} 机关第一党支部").ExpectReply("设置码不正确");
    }

    [Fact]
    public async Task The_secretary_recovery_code_is_kept_on_the_branch_unit()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch();

        bot.User("secretary-new-phone").Send("找回书记账号").ExpectReply("已生成一次性找回码");

        var (_, branch) = await TreeAsync(bot);
        Assert.NotNull(branch.RecoveryCode);
        Assert.Equal(BotHarness.Start.AddMinutes(15), branch.RecoveryCode!.ExpiresAt);
    }

    private static IOrganisationStore Organisation(BotHarness bot) => bot.Services.GetRequiredService<IOrganisationStore>();

    private static async Task<(OrgUnit Root, OrgUnit Branch)> TreeAsync(BotHarness bot)
    {
        var units = await Organisation(bot).ListUnitsAsync(CancellationToken.None);
        Assert.Equal(2, units.Count);
        return (Assert.Single(units, u => u.IsRoot), Assert.Single(units, u => u.Kind == OrgUnitKind.Branch));
    }
}
