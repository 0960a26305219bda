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

    /// <summary>The context of the database's only branch (<see cref="EnsureSingleBranch"/>), for a store opened on its own.</summary>
    public static BranchContext OnlyBranchOf(LiteDbContext context) => new(new LiteDbOrganisationStore(context).EnsureSingleBranch());

    /// <summary>
    /// The id of the organisation's one branch, after creating the organisation on a new database: a root unit (党委,
    /// unnamed until 初始化) and one branch unit. A database with more than one open branch cannot be served by this
    /// version, which runs one branch per process.
    /// </summary>
    public string EnsureSingleBranch()
    {
        string? id = null;
        _context.InTransaction(() =>
        {
            var units = _units.FindAll().ToList();
            var branches = units.Where(u => u.Kind == OrgUnitKind.Branch && u.ClosedAt is null).ToList();
            if (branches.Count > 1)
            {
                throw new InvalidOperationException($"The database holds {branches.Count} open branches; this version of BranchBot serves one.");
            }

            if (branches.Count == 1)
            {
                id = branches[0].Id;
                return;
            }

            var root = units.FirstOrDefault(u => u.ParentId is null) ?? new OrgUnitDocument { Id = OrgUnit.NewId(), Kind = OrgUnitKind.PartyCommittee };
            var branch = new OrgUnitDocument { Id = OrgUnit.NewId(), Kind = OrgUnitKind.Branch, ParentId = root.Id };
            _units.Upsert(root);
            _units.Insert(branch);
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
