namespace BranchBot.Core.Membership;

/// <summary>
/// The one branch this deployment serves. It exists from the first start (holding the setup code) and is
/// claimed when someone sends 「初始化 设置码」, which makes them its secretary.
/// </summary>
public sealed record Branch
{
    public const string SingletonId = "branch";

    public string Id { get; init; } = SingletonId;

    public string? Name { get; init; }

    /// <summary>SHA-256 of the current setup code; cleared once the branch is claimed.</summary>
    public string? SetupCodeHash { get; init; }

    public DateTimeOffset? ClaimedAt { get; init; }

    /// <summary>The pending 书记 recovery code, hashed (<see cref="SecretaryRecoveryService"/>); null when none is open.</summary>
    public SecretaryRecoveryCode? RecoveryCode { get; init; }

    public bool IsClaimed => ClaimedAt is not null;
}
