using BranchBot.Core.Organisation;

namespace BranchBot.Core.Membership;

/// <summary>
/// The branch the branch-facing code works with: a view of a <see cref="OrgUnitKind.Branch"/> unit, with the setup
/// code of the organisation's root while nothing is claimed. It exists from the first start (holding the setup code)
/// and is claimed when someone sends 「初始化 设置码」, which makes them its secretary.
/// </summary>
public sealed record Branch
{
    /// <summary>The branch unit's id (opaque; "branch" for the one branch of a database from before organisations).</summary>
    public required string Id { get; init; }

    public string? Name { get; init; }

    /// <summary>SHA-256 of the current setup code (kept on the root unit); cleared once the branch is claimed.</summary>
    public string? SetupCodeHash { get; init; }

    public DateTimeOffset? ClaimedAt { get; init; }

    /// <summary>The pending 书记 recovery code, hashed (<see cref="SecretaryRecoveryService"/>); null when none is open.</summary>
    public SecretaryRecoveryCode? RecoveryCode { get; init; }

    /// <summary>The 书记邀请码 of a branch made by 新建支部 while nobody has redeemed it.</summary>
    public BranchSecretaryInvite? SecretaryInvite { get; init; }

    public bool IsClaimed => ClaimedAt is not null;

    /// <summary>The view of <paramref name="unit"/>, with the setup code of its organisation's <paramref name="root"/>.</summary>
    public static Branch Of(OrgUnit unit, OrgUnit root)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(root);
        return new Branch
        {
            Id = unit.Id,
            Name = unit.Name,
            SetupCodeHash = root.SetupCodeHash,
            ClaimedAt = unit.ClaimedAt,
            RecoveryCode = unit.RecoveryCode,
            SecretaryInvite = unit.SecretaryInvite,
        };
    }
}
