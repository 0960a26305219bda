namespace BranchBot.Core.Organisation.Oversight;

/// <summary>Who may see the branches' 台账: holders of a role above the branches (党委书记, 副书记, 组织委员, 党建专员).</summary>
public sealed class OversightAccess(IOrganisationStore organisation)
{
    /// <summary>The units whose subtrees the member oversees; empty for everyone without an <see cref="OrgRole"/>.</summary>
    public async Task<IReadOnlyList<string>> UnitsOverseenByAsync(string memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        var roles = await organisation.ListRolesAsync(cancellationToken);
        return [.. roles.Where(r => string.Equals(r.MemberId, memberId, StringComparison.Ordinal)).Select(r => r.UnitId).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>True when <paramref name="branchId"/> is an open branch under one of the member's role units.</summary>
    public async Task<bool> OverseesBranchAsync(string memberId, string branchId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(branchId);
        var overseen = await UnitsOverseenByAsync(memberId, cancellationToken);
        if (overseen.Count == 0)
        {
            return false;
        }

        var units = (await organisation.ListUnitsAsync(cancellationToken)).ToDictionary(u => u.Id, StringComparer.Ordinal);
        if (!units.TryGetValue(branchId, out var branch) || branch is not { Kind: OrgUnitKind.Branch, ClosedAt: null })
        {
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (OrgUnit? unit = branch; unit is not null && seen.Add(unit.Id); unit = unit.ParentId is { } parent ? units.GetValueOrDefault(parent) : null)
        {
            if (overseen.Contains(unit.Id, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
