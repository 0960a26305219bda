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
}
