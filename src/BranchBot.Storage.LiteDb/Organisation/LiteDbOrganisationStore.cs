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
