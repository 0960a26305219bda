using BranchBot.Core.Membership;
using BranchBot.Core.Security;
using BranchBot.Core.Text;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Organisation;

/// <summary>
/// 新建支部: a 党委 role holder adds a branch under the organisation or one of its 党总支, and gets its one-time
/// 书记邀请码 (hashed and expiring like member invites); whoever redeems it becomes the branch's 书记 (<see cref="OrganisationJoin"/>).
/// </summary>
public sealed class BranchCreationService(
    IOrganisationStore organisation, IBranchScopes scopes, SecretCodeHasher hasher, TimeProvider timeProvider, IOptions<MembershipOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public async Task<Outcome<CreatedBranch, BranchCreationProblem>> CreateAsync(string name, string? parentName, string actorMemberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actorMemberId);
        var roles = await organisation.ListRolesAsync(cancellationToken);
        var overseen = roles.Where(r => r.MemberId == actorMemberId).Select(r => r.UnitId).ToHashSet(StringComparer.Ordinal);
        if (overseen.Count == 0)
        {
            return new BranchCreationProblem.NotAllowed();
        }

        var clean = NameRules.CleanName(name, TextField.BranchName);
        if (!clean.Succeeded)
        {
            return new BranchCreationProblem.Text(clean.Problem!);
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var units = await organisation.ListUnitsAsync(cancellationToken);
            var root = units.Single(u => u.IsRoot);
            if (units.FirstOrDefault(u => u.ClosedAt is null && u.Name is { } taken && NameRules.SameName(clean.Value!, taken)) is { } twin)
            {
                return new BranchCreationProblem.NameTaken(twin.Name!);
            }

            var parent = root;
            if (!string.IsNullOrWhiteSpace(parentName))
            {
                var generalBranches = units.Where(u => u.Kind == OrgUnitKind.GeneralBranch && u.ClosedAt is null).ToList();
                var named = generalBranches.FirstOrDefault(u => u.Name is { } n && NameRules.SameName(parentName, n));
                if (named is null)
                {
                    return new BranchCreationProblem.ParentNotFound(parentName.Trim(), [.. generalBranches.Select(u => u.Name ?? u.Id)]);
                }

                parent = named;
            }

            if (!overseen.Contains(root.Id) && !overseen.Contains(parent.Id))
            {
                return new BranchCreationProblem.NotAllowed();
            }

            var now = timeProvider.GetUtcNow();
            var code = Codes.NewCode();
            var invite = new BranchSecretaryInvite(hasher.Hash(Invite.HashPurpose, code), now, now.AddDays(options.Value.InviteLifetimeDays));
            var unit = new OrgUnit { Id = OrgUnit.NewId(), Kind = OrgUnitKind.Branch, Name = clean.Value, ParentId = parent.Id, SecretaryInvite = invite };
            await organisation.ApplyAsync(new OrganisationChange { Units = [unit] }, cancellationToken);
            await scopes.BranchAddedAsync(unit.Id, cancellationToken);
            return Outcome<CreatedBranch, BranchCreationProblem>.Ok(new CreatedBranch(unit, parent, code, invite.ExpiresAt));
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose() => _writeLock.Dispose();
}

/// <summary>A branch just made, with its 书记邀请码 in clear: shown once, never stored.</summary>
public sealed record CreatedBranch(OrgUnit Branch, OrgUnit Parent, string SecretaryCode, DateTimeOffset CodeExpiresAt);

/// <summary>Why 新建支部 was refused; the chat and the console word it.</summary>
public abstract record BranchCreationProblem
{
    /// <summary>Only holders of a role above the branches (党委书记, 副书记, 组织委员, 党建专员) make branches.</summary>
    public sealed record NotAllowed : BranchCreationProblem;

    public sealed record Text(TextProblem Problem) : BranchCreationProblem;

    public sealed record NameTaken(string ExistingName) : BranchCreationProblem;

    public sealed record ParentNotFound(string Name, IReadOnlyList<string> GeneralBranches) : BranchCreationProblem;
}
