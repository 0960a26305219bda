namespace BranchBot.Core.Organisation;

/// <summary>
/// The services of each branch of the organisation: the root container serves the first branch
/// (<see cref="PrimaryBranchId"/>); every other branch has its own container, built on first use and kept for the
/// process's life, holding that branch's stores and services and sharing the organisation's (database, clock,
/// outbox, channels, keys) with the root.
/// </summary>
public interface IBranchScopes
{
    string PrimaryBranchId { get; }

    /// <summary>True while the organisation has no branch but the first: a turn needs no look-up of its branch.</summary>
    bool ServesOnlyPrimary { get; }

    /// <summary>The services of an open branch; <see cref="Oversight.BranchNotServedException"/> for any other id.</summary>
    IServiceProvider For(string branchId);

    /// <summary>The ids of every open branch, the first one first.</summary>
    Task<IReadOnlyList<string>> OpenBranchIdsAsync(CancellationToken cancellationToken);

    /// <summary>Told when a branch was made in this process, so it is served from now on here and on the other instances.</summary>
    ValueTask BranchAddedAsync(string branchId, CancellationToken cancellationToken);
}
