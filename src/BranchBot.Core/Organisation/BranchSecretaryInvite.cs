namespace BranchBot.Core.Organisation;

/// <summary>
/// The code that makes whoever sends 「加入 邀请码」 the 书记 of a branch made by 新建支部: stored as its keyed hash
/// (purpose <see cref="Membership.Invite.HashPurpose"/>, like member invites), expiring like them.
/// </summary>
public sealed record BranchSecretaryInvite(string CodeHash, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;
}
