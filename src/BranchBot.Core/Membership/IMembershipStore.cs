namespace BranchBot.Core.Membership;

/// <summary>Where the branch, its members, 党小组 and invites are kept.</summary>
public interface IMembershipStore
{
    ValueTask<Branch?> GetBranchAsync(CancellationToken cancellationToken);

    ValueTask<Member?> GetMemberAsync(string memberId, CancellationToken cancellationToken);

    /// <summary>The active member bound to a chat account, if any.</summary>
    ValueTask<Member?> FindByChatAccountAsync(ChatAccount account, CancellationToken cancellationToken);

    /// <summary>Active members, in no particular order.</summary>
    ValueTask<IReadOnlyList<Member>> ListMembersAsync(CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<PartyGroup>> ListGroupsAsync(CancellationToken cancellationToken);

    ValueTask<Invite?> GetInviteAsync(string codeHash, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<Invite>> ListInvitesAsync(CancellationToken cancellationToken);

    /// <summary>Writes every part of the change in one transaction.</summary>
    ValueTask ApplyAsync(MembershipChange change, CancellationToken cancellationToken);
}
