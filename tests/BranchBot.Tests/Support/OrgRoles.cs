using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Support;

/// <summary>Gives members a 党委 role on the organisation's root, as the organisation store keeps it.</summary>
internal static class OrgRoles
{
    public static async Task GrantAsync(IServiceProvider services, string memberId, OrgRoleKind kind)
    {
        var store = services.GetRequiredService<IOrganisationStore>();
        var root = (await store.ListUnitsAsync(CancellationToken.None)).Single(u => u.IsRoot);
        await store.ApplyAsync(new OrganisationChange { Roles = [new OrgRole(memberId, root.Id, kind)] }, CancellationToken.None);
    }

    /// <summary>The member on the chat account test|<paramref name="userId"/>.</summary>
    public static async Task<Member> MemberOnAsync(IServiceProvider services, string userId) =>
        await services.GetRequiredService<IMembershipStore>().FindByChatAccountAsync(new ChatAccount("test", userId), CancellationToken.None)
        ?? throw new InvalidOperationException($"No member on test|{userId}.");
}
