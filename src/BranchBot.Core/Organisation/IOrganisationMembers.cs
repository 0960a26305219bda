using BranchBot.Core.Membership;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Core.Organisation;

/// <summary>A member of any branch by id, for the organisation's outbox (which sends for every branch).</summary>
public interface IOrganisationMembers
{
    ValueTask<Member?> FindAsync(string memberId, CancellationToken cancellationToken);
}

/// <summary>Finds the member's branch in the <see cref="SenderBranchIndex"/> and reads the member from that branch's store.</summary>
public sealed class OrganisationMembers(SenderBranchIndex index, IBranchScopes scopes) : IOrganisationMembers
{
    public async ValueTask<Member?> FindAsync(string memberId, CancellationToken cancellationToken)
    {
        if (await index.BranchOfMemberAsync(memberId, cancellationToken) is not { } branch)
        {
            return null;
        }

        return await scopes.For(branch).GetRequiredService<IMembershipStore>().GetMemberAsync(memberId, cancellationToken);
    }
}
