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

    /// <summary>
    /// The active 书记, 副书记 and 支委. The cached store keeps them aside when it reads the roster: a branch's 台账 asks
    /// on every turn whether it has a committee, and scanning thousands of members for it was a quarter of the turn.
    /// </summary>
    async ValueTask<IReadOnlyList<Member>> ListCommitteeAsync(CancellationToken cancellationToken) =>
        [.. (await ListMembersAsync(cancellationToken)).Where(m => m.IsCommittee)];

    ValueTask<IReadOnlyList<PartyGroup>> ListGroupsAsync(CancellationToken cancellationToken);

    ValueTask<Invite?> GetInviteAsync(string codeHash, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<Invite>> ListInvitesAsync(CancellationToken cancellationToken);

    /// <summary>Writes every part of the change in one transaction.</summary>
    ValueTask ApplyAsync(MembershipChange change, CancellationToken cancellationToken);
}
