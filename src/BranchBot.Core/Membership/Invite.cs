namespace BranchBot.Core.Membership;

/// <summary>
/// A one-time code that binds the chat account that sends it to a member created by the secretary. Stored by its
/// keyed hash (<see cref="Security.SecretCodeHasher"/>) only; the code itself is known once, when issued
/// (<see cref="IssuedInvite"/>).
/// </summary>
public sealed record Invite(string CodeHash, string MemberId, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>The purpose under which invite codes are hashed.</summary>
    public const string HashPurpose = "invite";

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;
}

/// <summary>A freshly issued invite with its code, to show to the secretary once; the store only ever sees <see cref="Invite"/>.</summary>
public sealed record IssuedInvite(string Code, Invite Invite)
{
    public string MemberId => Invite.MemberId;

    public DateTimeOffset ExpiresAt => Invite.ExpiresAt;
}
