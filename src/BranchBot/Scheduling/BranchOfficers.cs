using BranchBot.Core.Membership;

namespace BranchBot.Scheduling;

/// <summary>Who receives the secretary's notices: the 书记, or the 副书记 while the branch has no 书记.</summary>
public static class BranchOfficers
{
    public static async Task<IReadOnlyList<Member>> SecretariesAsync(IMembershipStore members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        var all = await members.ListMembersAsync(cancellationToken);
        var secretaries = all.Where(m => m.IsActive && m.Role == MemberRole.Secretary).ToList();
        return secretaries.Count > 0 ? secretaries : [.. all.Where(m => m.IsActive && m.Role == MemberRole.DeputySecretary)];
    }
}
