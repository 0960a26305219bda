namespace BranchBot.Core.Membership;

/// <summary>Everything one membership operation writes; a store applies it all or nothing.</summary>
public sealed record MembershipChange
{
    public Branch? Branch { get; init; }

    public IReadOnlyList<Member> Members { get; init; } = [];

    public IReadOnlyList<PartyGroup> Groups { get; init; } = [];

    public IReadOnlyList<Invite> Invites { get; init; } = [];

    /// <summary>Invite codes to delete (redeemed, replaced, or belonging to a removed member).</summary>
    public IReadOnlyList<string> DeletedInviteCodes { get; init; } = [];

    public bool IsEmpty => Branch is null && Members.Count == 0 && Groups.Count == 0 && Invites.Count == 0 && DeletedInviteCodes.Count == 0;
}
