using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Storage.Postgres.Organisation;

namespace BranchBot.Storage.Postgres.Membership;

/// <summary>
/// One branch's members, 党小组 and invites, and the branch itself as a view of its unit (<see cref="Branch.Of"/>).
/// Rows of other branches are never returned and never written over. What must happen once across instances does:
/// an invite is deleted by exactly one redemption, and a branch is claimed (setup code or 书记邀请码 spent) once; the
/// loser of a race gets <see cref="ConcurrentWriteException"/> and nothing of its change is written.
/// </summary>
public sealed class PostgresMembershipStore(PostgresDatabase database, BranchContext branch, MembershipChanges? changes = null) : IMembershipStore
{
    private readonly string _branchId = branch.Id;

    public async ValueTask<Branch?> GetBranchAsync(CancellationToken cancellationToken)
    {
        var units = await database.QueryAsync("SELECT doc FROM org_units", r => Documents.Read<OrgUnit>(r), cancellationToken).ConfigureAwait(false);
        var unit = units.FirstOrDefault(u => u.Id == _branchId);
        return unit is null || RootOf(unit, units) is not { } root ? null : Branch.Of(unit, root);
    }

    public async ValueTask<Member?> GetMemberAsync(string memberId, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync(
            "SELECT doc FROM members WHERE id = @id AND branch_id = @branch", r => Documents.Read<Member>(r), cancellationToken, ("id", memberId), ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask<Member?> FindByChatAccountAsync(ChatAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return await database.QuerySingleAsync(
            "SELECT doc FROM members WHERE account_keys @> ARRAY[@key] AND NOT removed AND branch_id = @branch LIMIT 1",
            r => Documents.Read<Member>(r), cancellationToken, ("key", account.Key), ("branch", _branchId)).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<Member>> ListMembersAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync("SELECT doc FROM members WHERE branch_id = @branch AND NOT removed", r => Documents.Read<Member>(r), cancellationToken, ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<PartyGroup>> ListGroupsAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync("SELECT doc FROM party_groups WHERE branch_id = @branch", r => Documents.Read<PartyGroup>(r), cancellationToken, ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask<Invite?> GetInviteAsync(string codeHash, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync(
            "SELECT doc FROM invites WHERE code_hash = @hash AND branch_id = @branch", r => Documents.Read<Invite>(r), cancellationToken, ("hash", codeHash), ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<Invite>> ListInvitesAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync("SELECT doc FROM invites WHERE branch_id = @branch", r => Documents.Read<Invite>(r), cancellationToken, ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask ApplyAsync(MembershipChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.IsEmpty)
        {
            return;
        }

        await database.InTransactionAsync(async session =>
        {
            if (change.Branch is not null)
            {
                await WriteBranchAsync(session, change.Branch, cancellationToken).ConfigureAwait(false);
            }

            foreach (var role in change.OrgRoles)
            {
                await PostgresOrganisationStore.WriteRoleAsync(session, role, cancellationToken).ConfigureAwait(false);
            }

            foreach (var group in change.Groups)
            {
                await WriteGroupAsync(session, group, _branchId, cancellationToken).ConfigureAwait(false);
            }

            foreach (var member in change.Members)
            {
                await WriteMemberAsync(session, member, _branchId, cancellationToken).ConfigureAwait(false);
            }

            foreach (var hash in change.DeletedInviteHashes)
            {
                var deleted = await session.ExecuteAsync(
                    "DELETE FROM invites WHERE code_hash = @hash AND branch_id = @branch", cancellationToken, ("hash", hash), ("branch", _branchId)).ConfigureAwait(false);
                if (deleted == 0 && change.Members.Count > 0)
                {
                    // A redemption whose invite another turn (or instance) has just spent: the member is not bound twice.
                    throw new ConcurrentWriteException($"Invite {hash} was already used.");
                }
            }

            foreach (var invite in change.Invites)
            {
                await WriteInviteAsync(session, invite, _branchId, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
        if (change.Members.Count > 0)
        {
            changes?.Record();
        }
    }

    internal static Task WriteGroupAsync(PostgresSession session, PartyGroup group, string branchId, CancellationToken cancellationToken) =>
        Rows.UpsertOwnAsync(session, "party_groups", "id", group.Id, branchId, cancellationToken, ("id", group.Id), ("doc", Documents.Json(group)));

    internal static Task WriteInviteAsync(PostgresSession session, Invite invite, string branchId, CancellationToken cancellationToken) =>
        Rows.UpsertOwnAsync(session, "invites", "code_hash", invite.CodeHash, branchId, cancellationToken,
            ("code_hash", invite.CodeHash), ("member_id", invite.MemberId), ("doc", Documents.Json(invite)));

    internal static Task WriteMemberAsync(PostgresSession session, Member member, string branchId, CancellationToken cancellationToken) =>
        Rows.UpsertOwnAsync(session, "members", "id", member.Id, branchId, cancellationToken,
            ("id", member.Id), ("removed", member.RemovedAt is not null), ("account_keys", member.ChatAccounts.Select(a => a.Key).ToArray()), ("doc", Documents.Json(member)));

    // The branch's own fields go to its unit, the setup code to the root (named after the branch until renamed). Both
    // rows are locked first: a claim that another instance committed meanwhile is refused, not written over.
    private async Task WriteBranchAsync(PostgresSession session, Branch written, CancellationToken cancellationToken)
    {
        if (written.Id != _branchId)
        {
            throw new BranchMismatchException(written.Id, _branchId);
        }

        var units = await session.QueryAsync("SELECT doc FROM org_units FOR UPDATE", r => Documents.Read<OrgUnit>(r), cancellationToken).ConfigureAwait(false);
        var unit = units.FirstOrDefault(u => u.Id == _branchId) ?? throw new InvalidOperationException($"Branch unit '{_branchId}' does not exist.");
        var root = RootOf(unit, units) ?? throw new InvalidOperationException($"Branch unit '{_branchId}' has no root.");
        if (unit.ClaimedAt is { } claimed && claimed != written.ClaimedAt)
        {
            throw new ConcurrentWriteException($"Branch '{_branchId}' was claimed meanwhile.");
        }

        var updatedUnit = unit with
        {
            Name = written.Name, ClaimedAt = written.ClaimedAt, RecoveryCode = written.RecoveryCode, SecretaryInvite = written.SecretaryInvite,
        };
        var updatedRoot = root.Id == unit.Id ? updatedUnit : root;
        updatedRoot = updatedRoot with { SetupCodeHash = written.SetupCodeHash, Name = updatedRoot.Name ?? written.Name };
        if (root.Id == unit.Id)
        {
            updatedUnit = updatedRoot;
        }
        else
        {
            await PostgresOrganisationStore.WriteUnitAsync(session, updatedRoot, cancellationToken).ConfigureAwait(false);
        }

        await PostgresOrganisationStore.WriteUnitAsync(session, updatedUnit, cancellationToken).ConfigureAwait(false);
    }

    private static OrgUnit? RootOf(OrgUnit unit, IReadOnlyList<OrgUnit> units)
    {
        var current = unit;
        for (var depth = 0; current?.ParentId is { } parent && depth < 16; depth++)
        {
            current = units.FirstOrDefault(u => u.Id == parent);
        }

        return current;
    }
}
