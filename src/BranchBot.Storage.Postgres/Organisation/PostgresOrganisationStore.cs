using BranchBot.Core.Organisation;

namespace BranchBot.Storage.Postgres.Organisation;

/// <summary>The organisation tree (<c>org_units</c>) and the roles above the branches (<c>org_roles</c>).</summary>
public sealed class PostgresOrganisationStore(PostgresDatabase database) : IOrganisationStore
{
    /// <summary>Taken while the organisation of a new database is created, so two instances starting together create one ("BrBotOrg").</summary>
    private const long CreateLockKey = 0x4272426f744f7267;

    public async ValueTask<OrgUnit?> GetUnitAsync(string unitId, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync("SELECT doc FROM org_units WHERE id = @id", r => Documents.Read<OrgUnit>(r), cancellationToken, ("id", unitId)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<OrgUnit>> ListUnitsAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync("SELECT doc FROM org_units", r => Documents.Read<OrgUnit>(r), cancellationToken).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<OrgRole>> ListRolesAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync("SELECT doc FROM org_roles", r => Documents.Read<OrgRole>(r), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The id of the organisation's first branch, after creating the organisation on a new database: a root unit and
    /// one branch unit (as the LiteDB store does). Called once per process, from the container's factory.
    /// </summary>
    public string EnsurePrimaryBranch() => EnsurePrimaryBranchAsync(CancellationToken.None).GetAwaiter().GetResult();

    public Task<string> EnsurePrimaryBranchAsync(CancellationToken cancellationToken) =>
        database.InTransactionAsync(async session =>
        {
            await session.ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("key", CreateLockKey)).ConfigureAwait(false);
            var units = await session.QueryAsync("SELECT doc FROM org_units", r => Documents.Read<OrgUnit>(r), cancellationToken).ConfigureAwait(false);
            var root = units.FirstOrDefault(u => u.ParentId is null);
            if (root?.PrimaryBranchId is { } known && units.Any(u => u.Id == known))
            {
                return known;
            }

            var branches = units.Where(u => u.Kind == OrgUnitKind.Branch && u.ClosedAt is null).ToList();
            if (branches.Count > 1)
            {
                throw new InvalidOperationException($"The database holds {branches.Count} open branches and its root names none as the first.");
            }

            root ??= new OrgUnit { Id = OrgUnit.NewId(), Kind = OrgUnitKind.PartyCommittee };
            var branch = branches.Count == 1 ? branches[0] : new OrgUnit { Id = OrgUnit.NewId(), Kind = OrgUnitKind.Branch, ParentId = root.Id };
            await WriteUnitAsync(session, root with { PrimaryBranchId = branch.Id }, cancellationToken).ConfigureAwait(false);
            await WriteUnitAsync(session, branch, cancellationToken).ConfigureAwait(false);
            return branch.Id;
        }, cancellationToken);

    public async ValueTask ApplyAsync(OrganisationChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.IsEmpty)
        {
            return;
        }

        await database.InTransactionAsync(async session =>
        {
            foreach (var unit in change.Units)
            {
                await WriteUnitAsync(session, unit, cancellationToken).ConfigureAwait(false);
            }

            foreach (var role in change.RemovedRoles)
            {
                await session.ExecuteAsync("DELETE FROM org_roles WHERE id = @id", cancellationToken, ("id", role.Key)).ConfigureAwait(false);
            }

            foreach (var role in change.Roles)
            {
                await WriteRoleAsync(session, role, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    internal static Task<int> WriteUnitAsync(PostgresSession session, OrgUnit unit, CancellationToken cancellationToken) =>
        Rows.UpsertAsync(session, "org_units", "id", cancellationToken,
            ("id", unit.Id), ("parent_id", unit.ParentId), ("kind", (int)unit.Kind), ("closed", unit.ClosedAt is not null),
            ("secretary_invite_hash", unit.SecretaryInvite?.CodeHash), ("doc", Documents.Json(unit)));

    internal static Task<int> WriteRoleAsync(PostgresSession session, OrgRole role, CancellationToken cancellationToken) =>
        Rows.UpsertAsync(session, "org_roles", "id", cancellationToken, ("id", role.Key), ("member_id", role.MemberId), ("doc", Documents.Json(role)));
}
