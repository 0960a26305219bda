using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;

namespace BranchBot.Storage.LiteDb.Organisation;

internal sealed class OrgUnitDocument
{
    public string Id { get; set; } = string.Empty;
    public OrgUnitKind Kind { get; set; }
    public string? Name { get; set; }
    public string? ParentId { get; set; }
    public string? SetupCodeHash { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public string? RecoveryCodeHash { get; set; }
    public DateTimeOffset? RecoveryCodeIssuedAt { get; set; }
    public DateTimeOffset? RecoveryCodeExpiresAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? SecretaryInviteHash { get; set; }
    public DateTimeOffset? SecretaryInviteCreatedAt { get; set; }
    public DateTimeOffset? SecretaryInviteExpiresAt { get; set; }
    public string? PrimaryBranchId { get; set; }

    public static OrgUnitDocument From(OrgUnit u) => new()
    {
        Id = u.Id,
        Kind = u.Kind,
        Name = u.Name,
        ParentId = u.ParentId,
        SetupCodeHash = u.SetupCodeHash,
        ClaimedAt = u.ClaimedAt,
        RecoveryCodeHash = u.RecoveryCode?.CodeHash,
        RecoveryCodeIssuedAt = u.RecoveryCode?.IssuedAt,
        RecoveryCodeExpiresAt = u.RecoveryCode?.ExpiresAt,
        ClosedAt = u.ClosedAt,
        SecretaryInviteHash = u.SecretaryInvite?.CodeHash,
        SecretaryInviteCreatedAt = u.SecretaryInvite?.CreatedAt,
        SecretaryInviteExpiresAt = u.SecretaryInvite?.ExpiresAt,
        PrimaryBranchId = u.PrimaryBranchId,
    };

    public OrgUnit ToUnit() => new()
    {
        Id = Id,
        Kind = Kind,
        Name = Name,
        ParentId = ParentId,
        SetupCodeHash = SetupCodeHash,
        ClaimedAt = ClaimedAt,
        RecoveryCode = RecoveryCodeHash is not null && RecoveryCodeIssuedAt is { } issued && RecoveryCodeExpiresAt is { } expires
            ? new SecretaryRecoveryCode(RecoveryCodeHash, issued, expires)
            : null,
        ClosedAt = ClosedAt,
        SecretaryInvite = SecretaryInviteHash is not null && SecretaryInviteCreatedAt is { } created && SecretaryInviteExpiresAt is { } until
            ? new BranchSecretaryInvite(SecretaryInviteHash, created, until)
            : null,
        PrimaryBranchId = PrimaryBranchId,
    };
}

internal sealed class OrgRoleDocument
{
    /// <summary><see cref="OrgRole.Key"/>.</summary>
    public string Id { get; set; } = string.Empty;
    public string MemberId { get; set; } = string.Empty;
    public string UnitId { get; set; } = string.Empty;
    public OrgRoleKind Kind { get; set; }

    public static OrgRoleDocument From(OrgRole r) => new() { Id = r.Key, MemberId = r.MemberId, UnitId = r.UnitId, Kind = r.Kind };

    public OrgRole ToRole() => new(MemberId, UnitId, Kind);
}
