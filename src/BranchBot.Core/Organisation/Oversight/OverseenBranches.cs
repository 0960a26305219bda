namespace BranchBot.Core.Organisation.Oversight;

/// <summary>One open branch under a viewer's units, with its name, place in the tree and its own services.</summary>
/// <param name="Path">The branch's place below the root, e.g. "机关党委/第一党支部"; the order among equals.</param>
public sealed record OverseenBranch(string Id, string Name, string Path, BranchServiceSet Services);

/// <summary>
/// The open branches under some units (each once, ordered by id), each reached through <see cref="IBranchServices"/>
/// only: what every oversight read model walks.
/// </summary>
public sealed class OverseenBranches(IOrganisationStore organisation, IBranchServices branches)
{
    /// <summary>Shown for a branch named neither in the tree nor at 初始化 (a database not yet set up).</summary>
    public const string UnnamedBranch = "未命名支部";

    public async Task<IReadOnlyList<OverseenBranch>> UnderAsync(IReadOnlyCollection<string> unitIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        var units = (await organisation.ListUnitsAsync(cancellationToken)).ToDictionary(u => u.Id, StringComparer.Ordinal);
        var found = new List<OverseenBranch>();
        foreach (var unit in units.Values.Where(u => u.Kind == OrgUnitKind.Branch && u.ClosedAt is null).OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            if (AncestorsAndSelf(unit, units).Any(u => unitIds.Contains(u.Id)))
            {
                var services = branches.For(unit.Id);
                var name = unit.Name ?? (await services.Members.GetBranchAsync(cancellationToken))?.Name ?? UnnamedBranch;
                // Below the root, which is the organisation every viewer shares (初始化 names it after the first branch).
                var path = string.Join('/', AncestorsAndSelf(unit, units).Where(u => !u.IsRoot).Reverse().Select(u => u.Id == unit.Id ? name : u.Name).OfType<string>());
                found.Add(new OverseenBranch(unit.Id, name, path, services));
            }
        }

        return found;
    }

    private static IEnumerable<OrgUnit> AncestorsAndSelf(OrgUnit unit, Dictionary<string, OrgUnit> units)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (OrgUnit? current = unit; current is not null && seen.Add(current.Id); current = current.ParentId is { } parent ? units.GetValueOrDefault(parent) : null)
        {
            yield return current;
        }
    }
}
