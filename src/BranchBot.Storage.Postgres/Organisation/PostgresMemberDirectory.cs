using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;

namespace BranchBot.Storage.Postgres.Organisation;

/// <summary>The members, invites and branch units of every branch, read only for which branch something belongs to.</summary>
public sealed class PostgresMemberDirectory(PostgresDatabase database) : IMemberDirectory
{
    public async ValueTask<MemberBranches> LoadAsync(CancellationToken cancellationToken)
    {
        var byMember = new Dictionary<string, string>(StringComparer.Ordinal);
        var byAccount = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = await database.QueryAsync(
            "SELECT id, branch_id, removed, account_keys FROM members",
            r => (Id: r.GetString(0), Branch: r.GetString(1), Removed: r.GetBoolean(2), Accounts: r.GetFieldValue<string[]>(3)),
            cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            byMember[row.Id] = row.Branch;
            if (!row.Removed)
            {
                foreach (var key in row.Accounts)
                {
                    byAccount[key] = row.Branch;
                }
            }
        }

        return new MemberBranches(byMember, byAccount);
    }

    public async ValueTask<CodeHolder?> FindCodeAsync(string codeHash, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(codeHash);
        var invite = await database.ScalarAsync("SELECT branch_id FROM invites WHERE code_hash = @hash", cancellationToken, ("hash", codeHash)).ConfigureAwait(false);
        if (invite is string branchId)
        {
            return new CodeHolder(branchId, CodeKind.MemberInvite);
        }

        var unit = await database.ScalarAsync(
            "SELECT id FROM org_units WHERE secretary_invite_hash = @hash AND NOT closed", cancellationToken, ("hash", codeHash)).ConfigureAwait(false);
        return unit is string unitId ? new CodeHolder(unitId, CodeKind.BranchSecretaryInvite) : null;
    }
}
