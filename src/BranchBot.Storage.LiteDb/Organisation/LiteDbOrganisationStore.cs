using BranchBot.Core.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Organisation;

/// <summary>The organisation tree (<c>org_units</c>) and the roles above the branches (<c>org_roles</c>).</summary>
public sealed class LiteDbOrganisationStore : IOrganisationStore
{
    private readonly LiteDbContext _context;
    private readonly ILiteCollection<OrgUnitDocument> _units;
    private readonly ILiteCollection<OrgRoleDocument> _roles;

    public LiteDbOrganisationStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _units = context.Collection<OrgUnitDocument>(LiteDbCollections.OrgUnits);
        _roles = context.Collection<OrgRoleDocument>(LiteDbCollections.OrgRoles);
    }

    public ValueTask<OrgUnit?> GetUnitAsync(string unitId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_units.FindById(unitId)?.ToUnit());

    public ValueTask<IReadOnlyList<OrgUnit>> ListUnitsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<OrgUnit>>([.. _units.FindAll().Select(d => d.ToUnit())]);

    public ValueTask<IReadOnlyList<OrgRole>> ListRolesAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<OrgRole>>([.. _roles.FindAll().Select(d => d.ToRole())]);

    /// <summary>The context of the organisation's first branch (<see cref="EnsurePrimaryBranch"/>), for a store opened on its own.</summary>
    public static BranchContext PrimaryBranchOf(LiteDbContext context) => new(new LiteDbOrganisationStore(context).EnsurePrimaryBranch());

    /// <summary>
    /// The id of the organisation's first branch (the one set up with 「初始化」), after creating the organisation on a
    /// new database: a root unit (党委, unnamed until 初始化) and one branch unit. The root remembers it
    /// (<see cref="OrgUnit.PrimaryBranchId"/>); a database from before that holds exactly one branch, which is it.
    /// </summary>
    public string EnsurePrimaryBranch()
    {
        string? id = null;
        _context.InTransaction(() =>
        {
            var units = _units.FindAll().ToList();
            var root = units.FirstOrDefault(u => u.ParentId is null);
            if (root?.PrimaryBranchId is { } known && units.Any(u => u.Id == known))
            {
                id = known;
                return;
            }

            var branches = units.Where(u => u.Kind == OrgUnitKind.Branch && u.ClosedAt is null).ToList();
            if (branches.Count > 1)
            {
                throw new InvalidOperationException($"The database holds {branches.Count} open branches and its root names none as the first.");
            }

            root ??= new OrgUnitDocument { Id = OrgUnit.NewId(), Kind = OrgUnitKind.PartyCommittee };
            var branch = branches.Count == 1 ? branches[0] : new OrgUnitDocument { Id = OrgUnit.NewId(), Kind = OrgUnitKind.Branch, ParentId = root.Id };
            root.PrimaryBranchId = branch.Id;
            _units.Upsert(root);
            _units.Upsert(branch);
            _context.OrganisationUnitWrites.Record();
            id = branch.Id;
        });
        return id!;
    }

    public ValueTask ApplyAsync(OrganisationChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.IsEmpty)
        {
            return ValueTask.CompletedTask;
        }

        _context.InTransaction(() =>
        {
            foreach (var unit in change.Units)
            {
                _units.Upsert(OrgUnitDocument.From(unit));
            }

            if (change.Units.Count > 0)
            {
                _context.OrganisationUnitWrites.Record();
            }

            foreach (var role in change.RemovedRoles)
            {
                _roles.Delete(role.Key);
            }

            foreach (var role in change.Roles)
            {
                _roles.Upsert(OrgRoleDocument.From(role));
            }
        });
        return ValueTask.CompletedTask;
    }
}
