namespace BranchBot.Core.Membership;

/// <summary>A one-time 书记 recovery code as stored: only its keyed hash, when it was issued and until when it works.</summary>
public sealed record SecretaryRecoveryCode(string CodeHash, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    public const string HashPurpose = "secretary-recovery";

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;
}
