using BranchBot.Core.Membership;
using BranchBot.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Core.Organisation;

/// <summary>
/// 找回书记账号 across the organisation: a code is issued by the branch the requester names (the only branch when
/// there is one), and a code typed back is redeemed by the branch that issued it, through that branch's own
/// <see cref="SecretaryRecoveryService"/>; no other branch is touched. A chat account bound in any branch is refused.
/// </summary>
public sealed class OrganisationSecretaryRecovery(
    BranchLookup branches, IOrganisationStore organisation, SenderBranchIndex index, IBranchScopes scopes, SecretCodeHasher hasher, TimeProvider timeProvider)
{
    /// <summary>A code for the server log from the branch named by <paramref name="branchText"/> (none: the only branch).</summary>
    public async Task<Outcome<BranchRecoveryCode, RecoveryProblem>> IssueAsync(string? branchText, ChatAccount requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        if (await BoundMemberNameAsync(requester, cancellationToken) is { } bound)
        {
            return new RecoveryProblem.AlreadyBound(bound);
        }

        string branchId;
        if (string.IsNullOrWhiteSpace(branchText))
        {
            var all = scopes.ServesOnlyPrimary ? [] : await branches.AllAsync(cancellationToken);
            if (all.Count > 1)
            {
                return new RecoveryProblem.BranchNeeded([.. all.Select(b => b.Path).Order(StringComparer.Ordinal)]);
            }

            branchId = scopes.PrimaryBranchId;
        }
        else
        {
            switch (await branches.FindAsync(branchText, cancellationToken))
            {
                case FoundBranch.One one:
                    branchId = one.Branch.Id;
                    break;
                case FoundBranch.Several several:
                    return new RecoveryProblem.AmbiguousBranch(several.Typed, several.Paths);
                default:
                    return new RecoveryProblem.UnknownBranch(branchText.Trim());
            }
        }

        var issued = await RecoveryOf(branchId).IssueAsync(requester, cancellationToken);
        return issued.Succeeded
            ? Outcome<BranchRecoveryCode, RecoveryProblem>.Ok(new BranchRecoveryCode(issued.Value!, branchId, await BranchNameAsync(branchId, cancellationToken)))
            : issued.Problem!;
    }

    /// <summary>True when <paramref name="text"/> names an open branch (a code and a branch name could look alike).</summary>
    public async Task<bool> NamesBranchAsync(string text, CancellationToken cancellationToken) =>
        await branches.FindAsync(text, cancellationToken) is not FoundBranch.None;

    /// <summary>Binds <paramref name="account"/> to the 书记 of the branch whose open code this is.</summary>
    public async Task<Outcome<BranchRecoveredSecretary, RecoveryProblem>> RedeemAsync(string code, ChatAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (await BoundMemberNameAsync(account, cancellationToken) is { } bound)
        {
            return new RecoveryProblem.AlreadyBound(bound);
        }

        var hash = hasher.Hash(SecretaryRecoveryCode.HashPurpose, Codes.Normalize(code));
        var now = timeProvider.GetUtcNow();
        var open = (await organisation.ListUnitsAsync(cancellationToken))
            .Where(u => u is { Kind: OrgUnitKind.Branch, ClosedAt: null, RecoveryCode: { } c } && !c.IsExpired(now))
            .ToList();
        var holder = open.FirstOrDefault(u => string.Equals(u.RecoveryCode!.CodeHash, hash, StringComparison.Ordinal));
        if (holder is null)
        {
            // Every open code counts the wrong guess, so guessing across branches voids them as guessing one code does.
            foreach (var unit in open)
            {
                await RecoveryOf(unit.Id).RedeemAsync(code, account, cancellationToken);
            }

            return new RecoveryProblem.WrongOrExpired();
        }

        var redeemed = await RecoveryOf(holder.Id).RedeemAsync(code, account, cancellationToken);
        return redeemed.Succeeded
            ? Outcome<BranchRecoveredSecretary, RecoveryProblem>.Ok(new BranchRecoveredSecretary(redeemed.Value!, holder.Id, await BranchNameAsync(holder.Id, cancellationToken)))
            : redeemed.Problem!;
    }

    private SecretaryRecoveryService RecoveryOf(string branchId) => scopes.For(branchId).GetRequiredService<SecretaryRecoveryService>();

    private async Task<string?> BranchNameAsync(string branchId, CancellationToken cancellationToken) =>
        (await scopes.For(branchId).GetRequiredService<IMembershipStore>().GetBranchAsync(cancellationToken))?.Name;

    private async Task<string?> BoundMemberNameAsync(ChatAccount account, CancellationToken cancellationToken) =>
        await index.BranchOfAccountAsync(account, cancellationToken) is { } branch
            ? (await scopes.For(branch).GetRequiredService<IMembershipStore>().FindByChatAccountAsync(account, cancellationToken))?.Name
            : null;
}

/// <summary>A recovery code issued by a branch, with the branch's id and name for the log and the reply.</summary>
public sealed record BranchRecoveryCode(IssuedRecoveryCode Issued, string BranchId, string? BranchName);

/// <summary>A 书记 recovered in a branch.</summary>
public sealed record BranchRecoveredSecretary(RecoveredSecretary Recovered, string BranchId, string? BranchName);
