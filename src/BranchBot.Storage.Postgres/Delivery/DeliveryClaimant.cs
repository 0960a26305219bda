namespace BranchBot.Storage.Postgres.Delivery;

/// <summary>
/// Who claims outbox items on this instance, and for how long a claim holds. <see cref="Instance"/> should stay the
/// same across a restart (<c>BranchBot:InstanceName</c>), so a restarted instance at once settles the sends it left
/// in flight; without it each process has a name of its own and its claims are settled when their lease is over.
/// </summary>
public sealed record DeliveryClaimant(string Instance, TimeSpan Lease)
{
    /// <summary>Far longer than one send with its retries takes, and short enough that a dead instance's claims are settled soon.</summary>
    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(5);

    /// <summary>A name no other server (nor a later start of this one) has.</summary>
    public static DeliveryClaimant Unnamed() => new($"{Environment.MachineName}:{Guid.NewGuid():N}", DefaultLease);
}
