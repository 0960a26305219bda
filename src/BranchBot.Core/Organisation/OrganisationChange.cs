namespace BranchBot.Core.Organisation;

/// <summary>Units and roles written together in one transaction.</summary>
public sealed record OrganisationChange
{
    public IReadOnlyList<OrgUnit> Units { get; init; } = [];

    public IReadOnlyList<OrgRole> Roles { get; init; } = [];

    public IReadOnlyList<OrgRole> RemovedRoles { get; init; } = [];

    public bool IsEmpty => Units.Count == 0 && Roles.Count == 0 && RemovedRoles.Count == 0;
}
