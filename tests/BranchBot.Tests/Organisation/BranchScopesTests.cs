using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Storage.LiteDb;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Organisation;

/// <summary>
/// The containers of the branches: the first branch is the root's, another has its own branch-bound services and
/// shares the organisation's, is built once, and is disposed with the host; an id that is no open branch is refused.
/// </summary>
public class BranchScopesTests
{
    [Fact]
    public async Task A_second_branch_has_its_own_services_shares_the_organisations_and_is_disposed_with_the_host()
    {
        var bot = new BotHarness();
        TwoBranchScript.Start(bot);
        var scopes = bot.Services.GetRequiredService<IBranchScopes>();
        Assert.False(scopes.ServesOnlyPrimary);
        Assert.Same(bot.Services.GetRequiredService<IMembershipStore>(), scopes.For(scopes.PrimaryBranchId).GetRequiredService<IMembershipStore>());
        var second = Assert.Single(await scopes.OpenBranchIdsAsync(CancellationToken.None), id => id != scopes.PrimaryBranchId);
        var services = scopes.For(second);

        Assert.Same(services, scopes.For(second));
        Assert.Equal(second, services.GetRequiredService<BranchContext>().Id);
        Assert.NotSame(bot.Services.GetRequiredService<IMembershipStore>(), services.GetRequiredService<IMembershipStore>());
        Assert.Same(bot.Services.GetRequiredService<LiteDbContext>(), services.GetRequiredService<LiteDbContext>());
        Assert.Same(bot.Services.GetRequiredService<IDeliveryOutbox>(), services.GetRequiredService<IDeliveryOutbox>());
        Assert.Same(bot.Services.GetRequiredService<TimeProvider>(), services.GetRequiredService<TimeProvider>());
        Assert.Equal(2, (await services.GetRequiredService<MembershipService>().ListMembersAsync(CancellationToken.None)).Count);
        Assert.Equal("第二党支部", (await bot.Services.GetRequiredService<IBranchServices>().For(second).Members.GetBranchAsync(CancellationToken.None))?.Name);

        var membership = services.GetRequiredService<MembershipService>();
        await bot.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => membership.AddMemberAsync("钱七", null, CancellationToken.None));
    }

    [Fact]
    public async Task An_id_that_is_no_open_branch_is_refused()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch();
        var scopes = bot.Services.GetRequiredService<IBranchScopes>();
        Assert.True(scopes.ServesOnlyPrimary);
        var root = (await bot.Services.GetRequiredService<IOrganisationStore>().ListUnitsAsync(CancellationToken.None)).Single(u => u.IsRoot);

        Assert.Equal(root.Id, Assert.Throws<BranchNotServedException>(() => scopes.For(root.Id)).BranchId);
        Assert.Throws<BranchNotServedException>(() => scopes.For("ou_nosuchunit"));
    }
}
