using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Organisation;
using BranchBot.Storage.Postgres;

namespace BranchBot.LiteDbMigration;

/// <summary>
/// What the PostgreSQL database already holds before the copy. A server started on it once (to try the connection)
/// created an empty organisation: a root and a branch with nobody in them. Copied beside it, the file's own root would
/// make two, so the empty one is removed first. A target whose organisation has people, or roles, and is not the
/// file's (a second run has the same root) is refused: two organisations are never merged.
/// </summary>
internal static class TargetOrganisation
{
    public static async Task<MigrationRefusal?> PrepareAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var sourceRoot = source.Collection<OrgUnitDocument>(LiteDbCollections.OrgUnits).Find(u => u.ParentId == null).Select(u => u.Id).FirstOrDefault();
        return await target.InTransactionAsync(async session =>
        {
            var targetRoots = await session.QueryAsync("SELECT id FROM org_units WHERE parent_id IS NULL", r => r.GetString(0), cancellationToken).ConfigureAwait(false);
            if (targetRoots.Count == 0 || (sourceRoot is not null && targetRoots.Contains(sourceRoot)))
            {
                return null;
            }

            var people = (long)(await session.ScalarAsync("SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM org_roles)", cancellationToken).ConfigureAwait(false))!;
            if (people > 0)
            {
                return new MigrationRefusal("目标 PostgreSQL 数据库里已经有另一个组织的数据（党员或职务），不能把两个组织合在一起。请迁移到一个新的空数据库。什么都没有复制。");
            }

            if (sourceRoot is null)
            {
                return null;
            }

            await session.ExecuteAsync("DELETE FROM org_units", cancellationToken).ConfigureAwait(false);
            return null;
        }, cancellationToken).ConfigureAwait(false);
    }
}
