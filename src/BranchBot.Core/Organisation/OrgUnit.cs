using BranchBot.Core.Membership;

namespace BranchBot.Core.Organisation;

/// <summary>
/// One unit of the organisation tree: the root (党委/党工委, <see cref="ParentId"/> null), a 党总支 or a 党支部. The root
/// holds the setup code while the organisation is unclaimed; a branch holds when it was claimed and its 书记's pending
/// recovery code.
/// </summary>
public sealed record OrgUnit
{
    public required string Id { get; init; }

    public required OrgUnitKind Kind { get; init; }

    public string? Name { get; init; }

    public string? ParentId { get; init; }

    /// <summary>SHA-256 of the current setup code (root only); cleared once the first branch is claimed.</summary>
    public string? SetupCodeHash { get; init; }

    public DateTimeOffset? ClaimedAt { get; init; }

    /// <summary>The pending 书记 recovery code of a branch, hashed; null when none is open.</summary>
    public SecretaryRecoveryCode? RecoveryCode { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The one-time 书记邀请码 of a branch made by 新建支部, hashed; null once redeemed (or for the first branch).</summary>
    public BranchSecretaryInvite? SecretaryInvite { get; init; }

    /// <summary>On the root: the branch the organisation was set up with (served by the root container).</summary>
    public string? PrimaryBranchId { get; init; }

    public bool IsRoot => ParentId is null;

    public static string NewId() => "ou_" + Guid.NewGuid().ToString("N")[..12];
}
