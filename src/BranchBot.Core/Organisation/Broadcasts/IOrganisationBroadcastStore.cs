namespace BranchBot.Core.Organisation.Broadcasts;

/// <summary>The organisation's 党委广播, one numbering for the whole organisation.</summary>
public interface IOrganisationBroadcastStore
{
    ValueTask<int> LastNumberAsync(CancellationToken cancellationToken);

    ValueTask SaveAsync(OrganisationBroadcast broadcast, CancellationToken cancellationToken);

    ValueTask<OrganisationBroadcast?> GetAsync(int number, CancellationToken cancellationToken);

    ValueTask<OrganisationBroadcast?> FindBySourceKeyAsync(string sourceKey, CancellationToken cancellationToken);

    /// <summary>The latest, newest first.</summary>
    ValueTask<IReadOnlyList<OrganisationBroadcast>> ListRecentAsync(int max, CancellationToken cancellationToken);

    /// <summary>Those whose fan-out to the branches did not finish.</summary>
    ValueTask<IReadOnlyList<OrganisationBroadcast>> ListIncompleteAsync(CancellationToken cancellationToken);
}
