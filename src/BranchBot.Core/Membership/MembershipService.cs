using BranchBot.Core.Organisation;
using BranchBot.Core.Security;
using BranchBot.Core.Text;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Membership;

/// <summary>
/// The branch's membership rules: claiming the branch (which also makes its 书记 the organisation's 党建专员), adding and removing members, invites, roles and 党小组.
/// Writes are serialised in this process so that, for example, one invite cannot be redeemed twice at once.
/// </summary>
public sealed class MembershipService(
    IMembershipStore store, IOrganisationStore organisation, RoleChangeRecorder roleChanges, SecretCodeHasher hasher, TimeProvider timeProvider, IOptions<MembershipOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public ValueTask<Branch?> GetBranchAsync(CancellationToken cancellationToken) => store.GetBranchAsync(cancellationToken);

    public ValueTask<Member?> FindByChatAccountAsync(ChatAccount account, CancellationToken cancellationToken) =>
        store.FindByChatAccountAsync(account, cancellationToken);

    public async Task<IReadOnlyList<Member>> ListMembersAsync(CancellationToken cancellationToken) =>
        await store.ListMembersAsync(cancellationToken);

    public async Task<IReadOnlyList<PartyGroup>> ListGroupsAsync(CancellationToken cancellationToken) =>
        await store.ListGroupsAsync(cancellationToken);

    public async Task<Member?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var members = await store.ListMembersAsync(cancellationToken);
        return members.FirstOrDefault(m => NameRules.SameName(name, m.Name));
    }

    public async Task<PartyGroup?> FindGroupAsync(string? groupId, CancellationToken cancellationToken)
    {
        if (groupId is null)
        {
            return null;
        }

        var groups = await store.ListGroupsAsync(cancellationToken);
        return groups.FirstOrDefault(g => g.Id == groupId);
    }

    /// <summary>
    /// On an unclaimed branch, stores a new setup code (the configured one, or a random one) and returns it so the
    /// host can log it; on a claimed branch returns null. A new start invalidates the previous random code. The code is
    /// kept on the organisation's root unit (created with the branch unit when the database was new).
    /// </summary>
    public Task<string?> PrepareSetupCodeAsync(string? configuredCode, CancellationToken cancellationToken)
    {
        return RunExclusiveAsync<string?>(async () =>
        {
            var branch = await store.GetBranchAsync(cancellationToken) ?? throw new InvalidOperationException("The organisation's branch unit is missing.");
            if (branch.IsClaimed)
            {
                return null;
            }

            var code = string.IsNullOrWhiteSpace(configuredCode) ? Codes.NewCode() : Codes.Normalize(configuredCode);
            await store.ApplyAsync(new MembershipChange { Branch = branch with { SetupCodeHash = Codes.Hash(code) } }, cancellationToken);
            return code;
        }, cancellationToken);
    }

    /// <summary>Checks a setup code without using it, so a dialog can ask for the missing details first.</summary>
    public async Task<Outcome<Branch, MembershipProblem>> CheckSetupCodeAsync(string code, CancellationToken cancellationToken)
    {
        var branch = await store.GetBranchAsync(cancellationToken);
        if (branch?.IsClaimed == true)
        {
            return new MembershipProblem.AlreadyClaimed(branch.Name);
        }

        return branch is not null && Codes.Matches(code, branch.SetupCodeHash)
            ? Outcome<Branch, MembershipProblem>.Ok(branch)
            : new MembershipProblem.WrongSetupCode();
    }

    /// <summary>Claims the branch: names it and makes the sender its secretary. The code works once only.</summary>
    public async Task<Outcome<Member, MembershipProblem>> ClaimBranchAsync(string code, string branchName, string secretaryName, ChatAccount account, CancellationToken cancellationToken)
    {
        var cleanBranch = NameRules.CleanName(branchName, TextField.BranchName);
        if (!cleanBranch.Succeeded)
        {
            return new MembershipProblem.Text(cleanBranch.Problem!);
        }

        var cleanName = NameRules.CleanName(secretaryName, TextField.MemberName);
        if (!cleanName.Succeeded)
        {
            return new MembershipProblem.Text(cleanName.Problem!);
        }

        return await RunExclusiveAsync<Outcome<Member, MembershipProblem>>(async () =>
        {
            var check = await CheckSetupCodeAsync(code, cancellationToken);
            if (!check.Succeeded)
            {
                return check.Problem!;
            }

            var now = timeProvider.GetUtcNow();
            var members = await store.ListMembersAsync(cancellationToken);
            var changed = new List<Member>();

            // A roster imported before set-up may already hold the secretary's record: bind to it rather than duplicate.
            var existing = members.FirstOrDefault(m => NameRules.SameName(cleanName.Value!, m.Name));
            var secretary = (existing ?? new Member { Id = Member.NewId(), Name = cleanName.Value!, CreatedAt = now }) with { Role = MemberRole.Secretary };
            secretary = secretary.WithAccount(account);
            changed.Add(secretary);
            changed.AddRange(members.Where(m => m.Role == MemberRole.Secretary && m.Id != secretary.Id).Select(m => m with { Role = MemberRole.Committee }));

            var previousHolder = members.FirstOrDefault(m => m.Id != secretary.Id && m.ChatAccounts.Contains(account));
            if (previousHolder is not null)
            {
                return new MembershipProblem.AccountBoundElsewhere(previousHolder.Name);
            }

            var invites = await store.ListInvitesAsync(cancellationToken);
            var root = (await organisation.ListUnitsAsync(cancellationToken)).Single(u => u.IsRoot);
            await store.ApplyAsync(new MembershipChange
            {
                Branch = check.Value! with { Name = cleanBranch.Value, SetupCodeHash = null, ClaimedAt = now },
                Members = changed,
                DeletedInviteHashes = [.. invites.Where(i => i.MemberId == secretary.Id).Select(i => i.CodeHash)],

                // The first 书记 also runs the deployment (党建专员), a role they can hand on.
                OrgRoles = [new OrgRole(secretary.Id, root.Id, OrgRoleKind.PartyAffairsOfficer)],
            }, cancellationToken);
            return Outcome<Member, MembershipProblem>.Ok(secretary);
        }, cancellationToken);
    }

    /// <summary>Adds a member (an ordinary 党员 unless told otherwise) and issues their invite code.</summary>
    public async Task<Outcome<AddedMember, MembershipProblem>> AddMemberAsync(string name, string? groupName, CancellationToken cancellationToken)
    {
        var cleanName = NameRules.CleanName(name, TextField.MemberName);
        if (!cleanName.Succeeded)
        {
            return new MembershipProblem.Text(cleanName.Problem!);
        }

        string? cleanGroup = null;
        if (!string.IsNullOrWhiteSpace(groupName))
        {
            var group = NameRules.CleanName(groupName, TextField.GroupName);
            if (!group.Succeeded)
            {
                return new MembershipProblem.Text(group.Problem!);
            }

            cleanGroup = group.Value;
        }

        return await RunExclusiveAsync<Outcome<AddedMember, MembershipProblem>>(async () =>
        {
            if (await FindByNameAsync(cleanName.Value!, cancellationToken) is { } twin)
            {
                return new MembershipProblem.NameTaken(twin.Name);
            }

            var now = timeProvider.GetUtcNow();
            var (group, groupCreated) = await ResolveGroupAsync(cleanGroup, now, cancellationToken);
            var member = new Member { Id = Member.NewId(), Name = cleanName.Value!, GroupId = group?.Id, CreatedAt = now };
            var invite = NewInvite(member.Id, now);
            await store.ApplyAsync(new MembershipChange
            {
                Members = [member],
                Groups = groupCreated ? [group!] : [],
                Invites = [invite.Invite],
            }, cancellationToken);
            return Outcome<AddedMember, MembershipProblem>.Ok(new AddedMember(member, group, groupCreated, invite));
        }, cancellationToken);
    }

    /// <summary>Binds the sender's chat account to the member the invite was issued for.</summary>
    public Task<Outcome<Member, MembershipProblem>> RedeemInviteAsync(string code, ChatAccount account, CancellationToken cancellationToken)
    {
        return RunExclusiveAsync<Outcome<Member, MembershipProblem>>(async () =>
        {
            if (await store.FindByChatAccountAsync(account, cancellationToken) is { } already)
            {
                return new MembershipProblem.AlreadyMember(already.Name);
            }

            var invite = await store.GetInviteAsync(hasher.Hash(Invite.HashPurpose, Codes.Normalize(code)), cancellationToken);
            var now = timeProvider.GetUtcNow();
            if (invite is null)
            {
                return new MembershipProblem.InviteNotValid();
            }

            if (invite.IsExpired(now))
            {
                return new MembershipProblem.InviteExpired();
            }

            var member = await store.GetMemberAsync(invite.MemberId, cancellationToken);
            if (member is null || !member.IsActive)
            {
                await store.ApplyAsync(new MembershipChange { DeletedInviteHashes = [invite.CodeHash] }, cancellationToken);
                return new MembershipProblem.InviteeGone();
            }

            var bound = member.WithAccount(account);
            await store.ApplyAsync(new MembershipChange { Members = [bound], DeletedInviteHashes = [invite.CodeHash] }, cancellationToken);
            return Outcome<Member, MembershipProblem>.Ok(bound);
        }, cancellationToken);
    }

    /// <summary>
    /// Redeems the 书记邀请码 of a branch made by 新建支部 (<see cref="Branch.SecretaryInvite"/>, by its hash): the sender
    /// becomes the branch's 书记 under <paramref name="secretaryName"/>, the branch is claimed and the code is spent.
    /// </summary>
    public async Task<Outcome<Member, MembershipProblem>> ClaimWithSecretaryInviteAsync(string codeHash, string secretaryName, ChatAccount account, CancellationToken cancellationToken)
    {
        var cleanName = NameRules.CleanName(secretaryName, TextField.MemberName);
        if (!cleanName.Succeeded)
        {
            return new MembershipProblem.Text(cleanName.Problem!);
        }

        return await RunExclusiveAsync<Outcome<Member, MembershipProblem>>(async () =>
        {
            var branch = await store.GetBranchAsync(cancellationToken);
            if (branch?.SecretaryInvite is not { } invite || invite.CodeHash != codeHash)
            {
                return new MembershipProblem.InviteNotValid();
            }

            var now = timeProvider.GetUtcNow();
            if (invite.IsExpired(now))
            {
                return new MembershipProblem.InviteExpired();
            }

            if (await store.FindByChatAccountAsync(account, cancellationToken) is { } already)
            {
                return new MembershipProblem.AlreadyMember(already.Name);
            }

            var secretary = new Member { Id = Member.NewId(), Name = cleanName.Value!, Role = MemberRole.Secretary, CreatedAt = now }.WithAccount(account);
            await store.ApplyAsync(new MembershipChange
            {
                Branch = branch with { SecretaryInvite = null, ClaimedAt = branch.ClaimedAt ?? now },
                Members = [secretary],
            }, cancellationToken);
            return Outcome<Member, MembershipProblem>.Ok(secretary);
        }, cancellationToken);
    }

    /// <summary>Issues a fresh invite for a member (the old one stops working), e.g. for a new phone.</summary>
    public Task<Outcome<IssuedInvite, MembershipProblem>> RenewInviteAsync(string memberName, CancellationToken cancellationToken)
    {
        return RunExclusiveAsync<Outcome<IssuedInvite, MembershipProblem>>(async () =>
        {
            var member = await FindByNameAsync(memberName, cancellationToken);
            if (member is null)
            {
                return NotFoundProblem(memberName);
            }

            var now = timeProvider.GetUtcNow();
            var invite = NewInvite(member.Id, now);
            var old = (await store.ListInvitesAsync(cancellationToken)).Where(i => i.MemberId == member.Id).Select(i => i.CodeHash);
            await store.ApplyAsync(new MembershipChange { Invites = [invite.Invite], DeletedInviteHashes = [.. old] }, cancellationToken);
            return Outcome<IssuedInvite, MembershipProblem>.Ok(invite);
        }, cancellationToken);
    }

    /// <summary>Removes a member from the branch; their records stay, their chat accounts and invites go.</summary>
    public Task<Outcome<Member, MembershipProblem>> RemoveMemberAsync(string memberName, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return RunExclusiveAsync<Outcome<Member, MembershipProblem>>(async () =>
        {
            var member = await FindByNameAsync(memberName, cancellationToken);
            if (member is null)
            {
                return NotFoundProblem(memberName);
            }

            var by = MembershipActor.InChat(actor).Current(await store.ListMembersAsync(cancellationToken));
            if (!by.Member!.IsCommittee)
            {
                return new MembershipProblem.RemovalNotAllowed();
            }

            if (RoleChangePolicy.RemovalProblem(by, member) is { } refused)
            {
                return new MembershipProblem.Refused(refused);
            }

            var removed = member with { RemovedAt = timeProvider.GetUtcNow(), ChatAccounts = [] };
            var invites = (await store.ListInvitesAsync(cancellationToken)).Where(i => i.MemberId == member.Id).Select(i => i.CodeHash);
            await store.ApplyAsync(new MembershipChange { Members = [removed], DeletedInviteHashes = [.. invites] }, cancellationToken);
            return Outcome<Member, MembershipProblem>.Ok(removed);
        }, cancellationToken);
    }

    /// <summary>
    /// Changes a member's role. Only the secretary may do it. Making someone else 书记 hands the office over: the
    /// current secretary becomes a 支委. A 党小组长 must belong to a 党小组, and each group has one leader.
    /// </summary>
    public Task<Outcome<RoleChange, MembershipProblem>> ChangeRoleAsync(string memberName, MemberRole role, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return RunExclusiveAsync<Outcome<RoleChange, MembershipProblem>>(async () =>
        {
            var member = await FindByNameAsync(memberName, cancellationToken);
            if (member is null)
            {
                return NotFoundProblem(memberName);
            }

            var members = await store.ListMembersAsync(cancellationToken);
            var by = MembershipActor.InChat(actor).Current(members);
            if (by.Member!.Role != MemberRole.Secretary)
            {
                return new MembershipProblem.RoleChangeNotAllowed();
            }

            if (member.Role == role)
            {
                return new MembershipProblem.AlreadyHasRole(member.Name, role);
            }

            if (member.Id == actor.Id && member.Role == MemberRole.Secretary)
            {
                return new MembershipProblem.SecretaryOwnRole();
            }

            if (RoleChangePolicy.RoleChangeProblem(by, member, role) is { } refused)
            {
                return new MembershipProblem.Refused(refused);
            }

            var changed = new List<Member> { member with { Role = role } };
            Member? demoted = null;
            if (role == MemberRole.Secretary)
            {
                demoted = members.FirstOrDefault(m => m.Role == MemberRole.Secretary && m.Id != member.Id);
                if (demoted is not null)
                {
                    demoted = demoted with { Role = MemberRole.Committee };
                    changed.Add(demoted);
                }
            }
            else if (role == MemberRole.GroupLeader)
            {
                if (member.GroupId is null)
                {
                    return new MembershipProblem.LeaderWithoutGroup(member.Name);
                }

                demoted = members.FirstOrDefault(m => m.Role == MemberRole.GroupLeader && m.GroupId == member.GroupId && m.Id != member.Id);
                if (demoted is not null)
                {
                    demoted = demoted with { Role = MemberRole.Member };
                    changed.Add(demoted);
                }
            }

            await store.ApplyAsync(new MembershipChange { Members = changed }, cancellationToken);
            await roleChanges.RecordAsync(changed.Select(c => new RoleTransition(c, members.First(m => m.Id == c.Id).Role)), by, cancellationToken);
            return Outcome<RoleChange, MembershipProblem>.Ok(new RoleChange(changed[0], member.Role, demoted));
        }, cancellationToken);
    }

    /// <summary>Moves a member into a 党小组 (created when new); a 党小组长 who changes group becomes an ordinary member of the new one.</summary>
    public async Task<Outcome<GroupMove, MembershipProblem>> MoveToGroupAsync(string memberName, string groupName, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var cleanGroup = NameRules.CleanName(groupName, TextField.GroupName);
        if (!cleanGroup.Succeeded)
        {
            return new MembershipProblem.Text(cleanGroup.Problem!);
        }

        return await RunExclusiveAsync<Outcome<GroupMove, MembershipProblem>>(async () =>
        {
            var member = await FindByNameAsync(memberName, cancellationToken);
            if (member is null)
            {
                return NotFoundProblem(memberName);
            }

            var by = MembershipActor.InChat(actor).Current(await store.ListMembersAsync(cancellationToken));
            if (RoleChangePolicy.GroupMoveProblem(by, member) is { } refused)
            {
                return new MembershipProblem.Refused(refused);
            }

            var now = timeProvider.GetUtcNow();
            var (group, created) = await ResolveGroupAsync(cleanGroup.Value, now, cancellationToken);
            if (member.GroupId == group!.Id)
            {
                return new MembershipProblem.AlreadyInGroup(member.Name, group.Name);
            }

            var moved = member with
            {
                GroupId = group.Id,
                Role = member.Role == MemberRole.GroupLeader ? MemberRole.Member : member.Role,
            };
            await store.ApplyAsync(new MembershipChange { Members = [moved], Groups = created ? [group] : [] }, cancellationToken);
            await roleChanges.RecordAsync([new RoleTransition(moved, member.Role)], by, cancellationToken);
            return Outcome<GroupMove, MembershipProblem>.Ok(new GroupMove(moved, group, created, member.Role == MemberRole.GroupLeader));
        }, cancellationToken);
    }

    /// <summary>Runs a multi-step write (a roster import) under the same lock as every other membership write.</summary>
    internal async Task<T> RunExclusiveAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<(PartyGroup? Group, bool Created)> ResolveGroupAsync(string? name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (name is null)
        {
            return (null, false);
        }

        var groups = await store.ListGroupsAsync(cancellationToken);
        var existing = groups.FirstOrDefault(g => NameRules.SameGroup(name, g.Name));
        return existing is not null ? (existing, false) : (new PartyGroup { Id = PartyGroup.NewId(), Name = name, CreatedAt = now }, true);
    }

    internal IssuedInvite NewInvite(string memberId, DateTimeOffset now)
    {
        var code = Codes.NewCode();
        return new(code, new Invite(hasher.Hash(Invite.HashPurpose, code), memberId, now, now.AddDays(options.Value.InviteLifetimeDays)));
    }

    /// <summary>
    /// The Chinese sentence when a name matches no active member, for the callers not yet converted to
    /// <see cref="MembershipProblem.MemberNotFound"/> (issue 15); to be deleted when unused.
    /// </summary>
    private static MembershipProblem.MemberNotFound NotFoundProblem(string name) => new(name.Trim());

    public void Dispose() => _writeLock.Dispose();
}

public sealed record AddedMember(Member Member, PartyGroup? Group, bool GroupCreated, IssuedInvite Invite);

public sealed record RoleChange(Member Member, MemberRole PreviousRole, Member? Demoted);

public sealed record GroupMove(Member Member, PartyGroup Group, bool GroupCreated, bool LostGroupLeadership);
