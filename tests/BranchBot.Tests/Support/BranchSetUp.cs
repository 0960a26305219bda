using BranchBot.Core.Membership;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Support;

/// <summary>
/// Moves the branch's set-up (claim) date back, as if it had used the bot since then: the 台账 then calls empty
/// periods after that date 未达标 instead of 启用前. The harness clocks cannot run backwards to claim earlier.
/// </summary>
internal static class BranchSetUp
{
    public static async Task BackdateAsync(IServiceProvider services, DateTimeOffset claimedAt)
    {
        var store = services.GetRequiredService<IMembershipStore>();
        var branch = await store.GetBranchAsync(CancellationToken.None) ?? throw new InvalidOperationException("The branch is not claimed.");
        // The members on the roster now were members since then: expected at the meetings seeded in between.
        var members = (await store.ListMembersAsync(CancellationToken.None)).Select(m => m with { CreatedAt = claimedAt }).ToList();
        await store.ApplyAsync(new MembershipChange { Branch = branch with { ClaimedAt = claimedAt }, Members = members }, CancellationToken.None);
    }

    /// <summary>1 January 2026 in Beijing: the whole of the harness's year is after set-up.</summary>
    public static readonly DateTimeOffset StartOf2026 = new(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
}
