using BranchBot.Core.Membership;
using BranchBot.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Core.Organisation;

/// <summary>
/// 加入 邀请码 from someone not yet bound anywhere: finds which branch issued the code (a member's invite, or a new
/// branch's 书记邀请码) and redeems it with that branch's own <see cref="MembershipService"/>.
/// </summary>
public sealed class OrganisationJoin(SenderBranchIndex index, IMemberDirectory directory, IBranchScopes scopes, SecretCodeHasher hasher)
{
    /// <param name="secretaryName">The name the new 书记 goes by, when the code turns out to be a 书记邀请码.</param>
    public async Task<Outcome<JoinedBranch, MembershipProblem>> JoinAsync(string code, ChatAccount account, string? secretaryName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (await index.BranchOfAccountAsync(account, cancellationToken) is { } boundIn
            && await MembershipOf(boundIn).FindByChatAccountAsync(account, cancellationToken) is { } already)
        {
            return new MembershipProblem.AlreadyMember(already.Name);
        }

        var hash = hasher.Hash(Invite.HashPurpose, Codes.Normalize(code));
        if (await directory.FindCodeAsync(hash, cancellationToken) is not { } holder)
        {
            return new MembershipProblem.InviteNotValid();
        }

        var membership = MembershipOf(holder.BranchId);
        var joined = holder.Kind == CodeKind.BranchSecretaryInvite
            ? await membership.ClaimWithSecretaryInviteAsync(hash, secretaryName ?? string.Empty, account, cancellationToken)
            : await membership.RedeemInviteAsync(code, account, cancellationToken);
        if (!joined.Succeeded)
        {
            return joined.Problem!;
        }

        var branch = await membership.GetBranchAsync(cancellationToken);
        return Outcome<JoinedBranch, MembershipProblem>.Ok(new JoinedBranch(joined.Value!, branch, holder.Kind == CodeKind.BranchSecretaryInvite));
    }

    private MembershipService MembershipOf(string branchId) => scopes.For(branchId).GetRequiredService<MembershipService>();
}

/// <summary>Who joined which branch; <see cref="AsSecretary"/> when a 书记邀请码 made them its 书记.</summary>
public sealed record JoinedBranch(Member Member, Branch? Branch, bool AsSecretary);
