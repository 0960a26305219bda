using BranchBot.Core.Organisation;

namespace BranchBot.Core.Membership;

/// <summary>Everything one membership operation writes; a store applies it all or nothing.</summary>
public sealed record MembershipChange
{
    public Branch? Branch { get; init; }

    public IReadOnlyList<Member> Members { get; init; } = [];

    public IReadOnlyList<PartyGroup> Groups { get; init; } = [];

    public IReadOnlyList<Invite> Invites { get; init; } = [];

    /// <summary>Invites to delete, by code hash (redeemed, replaced, or belonging to a removed member).</summary>
    public IReadOnlyList<string> DeletedInviteHashes { get; init; } = [];

    /// <summary>Roles above the branch granted with the change (the 党建专员 of a new organisation's first 书记).</summary>
    public IReadOnlyList<OrgRole> OrgRoles { get; init; } = [];

    public bool IsEmpty => Branch is null && Members.Count == 0 && Groups.Count == 0 && Invites.Count == 0 && DeletedInviteHashes.Count == 0 && OrgRoles.Count == 0;
}
