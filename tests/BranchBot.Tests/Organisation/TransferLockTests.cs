using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Transfers;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Organisation;

/// <summary>
/// A transfer waits for a membership write already running in either branch (a 修改角色 or a roster import) and
/// holds both branches' membership writes while it moves the member, so neither writes back a member read before the move.
/// </summary>
public class TransferLockTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_transfer_waits_for_a_membership_write_in_the_old_or_the_new_branch(bool oldBranchBusy)
    {
        await using var bot = new BotHarness();
        TwoBranchScript.Start(bot);
        var scopes = bot.Services.GetRequiredService<IBranchScopes>();
        var secondId = (await scopes.OpenBranchIdsAsync(CancellationToken.None)).Single(id => id != scopes.PrimaryBranchId);
        var first = bot.Services.GetRequiredService<MembershipService>();
        var members = await first.ListMembersAsync(CancellationToken.None);
        var wang = members.Single(m => m.Name == "王书记");
        var zhang = members.Single(m => m.Name == "张三");
        var busy = oldBranchBusy ? first : scopes.For(secondId).GetRequiredService<MembershipService>();

        var release = new TaskCompletionSource();
        var holding = new TaskCompletionSource();
        var write = busy.RunExclusiveAsync(async () => { holding.SetResult(); await release.Task; return true; }, CancellationToken.None);
        await holding.Task;
        var transfer = Task.Run(() => bot.Services.GetRequiredService<MemberTransferService>().TransferAsync(scopes.PrimaryBranchId, wang, zhang.Id, secondId, CancellationToken.None));

        await Task.Delay(200);
        Assert.False(transfer.IsCompleted);
        Assert.True((await first.ListMembersAsync(CancellationToken.None)).Single(m => m.Id == zhang.Id).IsActive);

        release.SetResult();
        await write;
        Assert.True((await transfer).Succeeded);
        Assert.False((await bot.Services.GetRequiredService<IMembershipStore>().GetMemberAsync(zhang.Id, CancellationToken.None))!.IsActive);
    }
}
