namespace BranchBot.Core.Organisation;

/// <summary>Where the organisation tree and the roles above the branches are kept.</summary>
public interface IOrganisationStore
{
    ValueTask<OrgUnit?> GetUnitAsync(string unitId, CancellationToken cancellationToken);

    /// <summary>Every unit, closed ones included, in no particular order.</summary>
    ValueTask<IReadOnlyList<OrgUnit>> ListUnitsAsync(CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<OrgRole>> ListRolesAsync(CancellationToken cancellationToken);

    /// <summary>Writes every part of the change in one transaction.</summary>
    ValueTask ApplyAsync(OrganisationChange change, CancellationToken cancellationToken);
}
