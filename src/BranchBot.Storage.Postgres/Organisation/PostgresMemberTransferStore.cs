using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Transfers;
using BranchBot.Storage.Postgres.Membership;

namespace BranchBot.Storage.Postgres.Organisation;

/// <summary>A member's move between branches in one transaction: both member rows, the old record's invites and the roles above the branches.</summary>
public sealed class PostgresMemberTransferStore(PostgresDatabase database, MembershipChanges changes) : IMemberTransferStore
{
    public async ValueTask MoveAsync(MemberMove move, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(move);
        await database.InTransactionAsync(async session =>
        {
            var owner = await session.ScalarAsync("SELECT branch_id FROM members WHERE id = @id FOR UPDATE", cancellationToken, ("id", move.Retired.Id)).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Member '{move.Retired.Id}' does not exist.");
            if ((string)owner != move.FromBranchId)
            {
                throw new BranchMismatchException(move.Retired.Id, move.FromBranchId);
            }

            await PostgresMembershipStore.WriteMemberAsync(session, move.Retired, move.FromBranchId, cancellationToken).ConfigureAwait(false);
            await PostgresMembershipStore.WriteMemberAsync(session, move.Arrived, move.ToBranchId, cancellationToken).ConfigureAwait(false);
            await session.ExecuteAsync(
                "DELETE FROM invites WHERE branch_id = @branch AND member_id = @member", cancellationToken, ("branch", move.FromBranchId), ("member", move.Retired.Id)).ConfigureAwait(false);
            var roles = await session.QueryAsync(
                "DELETE FROM org_roles WHERE member_id = @member RETURNING doc", r => Documents.Read<OrgRole>(r), cancellationToken, ("member", move.Retired.Id)).ConfigureAwait(false);
            foreach (var role in roles)
            {
                await PostgresOrganisationStore.WriteRoleAsync(session, role with { MemberId = move.Arrived.Id }, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
        changes.Record();
    }
}
