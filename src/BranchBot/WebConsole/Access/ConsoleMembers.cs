using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;

namespace BranchBot.WebConsole.Access;

/// <summary>
/// A console user of any branch by id, with their branch's services (for the audit of a login or logout, which
/// happen before a request has a branch).
/// </summary>
public sealed class ConsoleMembers(SenderBranchIndex index, IBranchScopes scopes)
{
    /// <summary>The member and their branch's services; no member (and the first branch's services) for an unknown id.</summary>
    public async Task<(Member? Member, IServiceProvider Branch)> FindAsync(string? memberId, CancellationToken cancellationToken)
    {
        if (memberId is null || await index.BranchOfMemberAsync(memberId, cancellationToken) is not { } branchId)
        {
            return (null, scopes.For(scopes.PrimaryBranchId));
        }

        var branch = scopes.For(branchId);
        return (await branch.GetRequiredService<IMembershipStore>().GetMemberAsync(memberId, cancellationToken), branch);
    }
}
