using BranchBot.Core.Security;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Membership;

/// <summary>
/// The branch's membership rules: claiming the branch, adding and removing members, invites, roles and 党小组.
/// Writes are serialised in this process so that, for example, one invite cannot be redeemed twice at once.
/// </summary>
public sealed class MembershipService(IMembershipStore store, RoleChangeRecorder roleChanges, SecretCodeHasher hasher, TimeProvider timeProvider, IOptions<MembershipOptions> options) : IDisposable
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
    /// host can log it; on a claimed branch returns null. A new start invalidates the previous random code.
    /// </summary>
    public Task<string?> PrepareSetupCodeAsync(string? configuredCode, CancellationToken cancellationToken)
    {
        return RunExclusiveAsync<string?>(async () =>
        {
            var branch = await store.GetBranchAsync(cancellationToken) ?? new Branch();
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
    public async Task<Outcome<Branch>> CheckSetupCodeAsync(string code, CancellationToken cancellationToken)
    {
        var branch = await store.GetBranchAsync(cancellationToken);
        if (branch?.IsClaimed == true)
        {
            return $"支部「{branch.Name}」已经完成初始化，设置码已失效。";
        }

        return branch is not null && Codes.Matches(code, branch.SetupCodeHash)
            ? Outcome<Branch>.Ok(branch)
            : "设置码不正确。请核对服务器启动日志中的设置码后重试。";
    }

    /// <summary>Claims the branch: names it and makes the sender its secretary. The code works once only.</summary>
    public async Task<Outcome<Member>> ClaimBranchAsync(string code, string branchName, string secretaryName, ChatAccount account, CancellationToken cancellationToken)
    {
        var cleanBranch = NameRules.CleanName(branchName, "支部名称");
        if (!cleanBranch.Succeeded)
        {
            return cleanBranch.Problem!;
        }

        var cleanName = NameRules.CleanName(secretaryName, "姓名");
        if (!cleanName.Succeeded)
        {
            return cleanName.Problem!;
        }

        return await RunExclusiveAsync<Outcome<Member>>(async () =>
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
                return $"这个聊天账号已绑定党员「{previousHolder.Name}」，不能再用于初始化。";
            }

            var invites = await store.ListInvitesAsync(cancellationToken);
            await store.ApplyAsync(new MembershipChange
            {
                Branch = check.Value! with { Name = cleanBranch.Value, SetupCodeHash = null, ClaimedAt = now },
                Members = changed,
                DeletedInviteHashes = [.. invites.Where(i => i.MemberId == secretary.Id).Select(i => i.CodeHash)],
            }, cancellationToken);
            return Outcome<Member>.Ok(secretary);
        }, cancellationToken);
    }

    /// <summary>Adds a member (an ordinary 党员 unless told otherwise) and issues their invite code.</summary>
    public async Task<Outcome<AddedMember>> AddMemberAsync(string name, string? groupName, CancellationToken cancellationToken)
    {
        var cleanName = NameRules.CleanName(name, "姓名");
        if (!cleanName.Succeeded)
        {
            return cleanName.Problem!;
        }

        string? cleanGroup = null;
        if (!string.IsNullOrWhiteSpace(groupName))
        {
            var group = NameRules.CleanName(groupName, "党小组名称");
            if (!group.Succeeded)
            {
                return group.Problem!;
            }

            cleanGroup = group.Value;
        }

        return await RunExclusiveAsync<Outcome<AddedMember>>(async () =>
        {
            if (await FindByNameAsync(cleanName.Value!, cancellationToken) is { } twin)
            {
                return $"支部中已有党员「{twin.Name}」。如果是另一位同名同志，请在姓名后加备注区分，例如「{twin.Name}（财务处）」。";
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
            return Outcome<AddedMember>.Ok(new AddedMember(member, group, groupCreated, invite));
        }, cancellationToken);
    }

    /// <summary>Binds the sender's chat account to the member the invite was issued for.</summary>
    public Task<Outcome<Member>> RedeemInviteAsync(string code, ChatAccount account, CancellationToken cancellationToken)
    {
        return RunExclusiveAsync<Outcome<Member>>(async () =>
        {
            if (await store.FindByChatAccountAsync(account, cancellationToken) is { } already)
            {
                return $"你已经是支部成员「{already.Name}」，无需再次加入。";
            }

            var invite = await store.GetInviteAsync(hasher.Hash(Invite.HashPurpose, Codes.Normalize(code)), cancellationToken);
            var now = timeProvider.GetUtcNow();
            if (invite is null)
            {
                return "邀请码不正确或已被使用。请核对后重试，或请书记重新生成邀请码。";
            }

            if (invite.IsExpired(now))
            {
                return "邀请码已过期。请书记或支委发送「邀请码 你的姓名」重新生成。";
            }

            var member = await store.GetMemberAsync(invite.MemberId, cancellationToken);
            if (member is null || !member.IsActive)
            {
                await store.ApplyAsync(new MembershipChange { DeletedInviteHashes = [invite.CodeHash] }, cancellationToken);
                return "这个邀请码对应的党员已不在支部名单中。";
            }

            var bound = member.WithAccount(account);
            await store.ApplyAsync(new MembershipChange { Members = [bound], DeletedInviteHashes = [invite.CodeHash] }, cancellationToken);
            return Outcome<Member>.Ok(bound);
        }, cancellationToken);
    }

    /// <summary>Issues a fresh invite for a member (the old one stops working), e.g. for a new phone.</summary>
    public Task<Outcome<IssuedInvite>> RenewInviteAsync(string memberName, CancellationToken cancellationToken)
    {
        return RunExclusiveAsync<Outcome<IssuedInvite>>(async () =>
        {
            var member = await FindByNameAsync(memberName, cancellationToken);
            if (member is null)
            {
                return NotFound(memberName);
            }

            var now = timeProvider.GetUtcNow();
            var invite = NewInvite(member.Id, now);
            var old = (await store.ListInvitesAsync(cancellationToken)).Where(i => i.MemberId == member.Id).Select(i => i.CodeHash);
            await store.ApplyAsync(new MembershipChange { Invites = [invite.Invite], DeletedInviteHashes = [.. old] }, cancellationToken);
            return Outcome<IssuedInvite>.Ok(invite);
        }, cancellationToken);
    }

    /// <summary>Removes a member from the branch; their records stay, their chat accounts and invites go.</summary>
    public Task<Outcome<Member>> RemoveMemberAsync(string memberName, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return RunExclusiveAsync<Outcome<Member>>(async () =>
        {
            var member = await FindByNameAsync(memberName, cancellationToken);
            if (member is null)
            {
                return NotFound(memberName);
            }

            var by = MembershipActor.InChat(actor).Current(await store.ListMembersAsync(cancellationToken));
            if (!by.Member!.IsCommittee)
            {
                return "只有书记、副书记和支委可以移除党员。";
            }

            if (RoleChangePolicy.RemovalProblem(by, member) is { } refused)
            {
                return refused;
            }

            var removed = member with { RemovedAt = timeProvider.GetUtcNow(), ChatAccounts = [] };
            var invites = (await store.ListInvitesAsync(cancellationToken)).Where(i => i.MemberId == member.Id).Select(i => i.CodeHash);
            await store.ApplyAsync(new MembershipChange { Members = [removed], DeletedInviteHashes = [.. invites] }, cancellationToken);
            return Outcome<Member>.Ok(removed);
        }, cancellationToken);
    }

    /// <summary>
    /// Changes a member's role. Only the secretary may do it. Making someone else 书记 hands the office over: the
    /// current secretary becomes a 支委. A 党小组长 must belong to a 党小组, and each group has one leader.
    /// </summary>
    public Task<Outcome<RoleChange>> ChangeRoleAsync(string memberName, MemberRole role, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return RunExclusiveAsync<Outcome<RoleChange>>(async () =>
        {
            var member = await FindByNameAsync(memberName, cancellationToken);
            if (member is null)
            {
                return NotFound(memberName);
            }

            var members = await store.ListMembersAsync(cancellationToken);
            var by = MembershipActor.InChat(actor).Current(members);
            if (by.Member!.Role != MemberRole.Secretary)
            {
                return "只有支部书记可以设置角色。";
            }

            if (member.Role == role)
            {
                return $"「{member.Name}」已经是{RoleNames.ToChinese(role)}。";
            }

            if (member.Id == actor.Id && member.Role == MemberRole.Secretary)
            {
                return "书记不能直接改变自己的角色。请把「书记」设置给接任的同志，你将自动改为支委。";
            }

            if (RoleChangePolicy.RoleChangeProblem(by, member, role) is { } refused)
            {
                return refused;
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
                    return $"「{member.Name}」还没有分到党小组。请先发送「设置党小组 {member.Name} 小组名称」。";
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
            return Outcome<RoleChange>.Ok(new RoleChange(changed[0], member.Role, demoted));
        }, cancellationToken);
    }

    /// <summary>Moves a member into a 党小组 (created when new); a 党小组长 who changes group becomes an ordinary member of the new one.</summary>
    public async Task<Outcome<GroupMove>> MoveToGroupAsync(string memberName, string groupName, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var cleanGroup = NameRules.CleanName(groupName, "党小组名称");
        if (!cleanGroup.Succeeded)
        {
            return cleanGroup.Problem!;
        }

        return await RunExclusiveAsync<Outcome<GroupMove>>(async () =>
        {
            var member = await FindByNameAsync(memberName, cancellationToken);
            if (member is null)
            {
                return NotFound(memberName);
            }

            var by = MembershipActor.InChat(actor).Current(await store.ListMembersAsync(cancellationToken));
            if (RoleChangePolicy.GroupMoveProblem(by, member) is { } refused)
            {
                return refused;
            }

            var now = timeProvider.GetUtcNow();
            var (group, created) = await ResolveGroupAsync(cleanGroup.Value, now, cancellationToken);
            if (member.GroupId == group!.Id)
            {
                return $"「{member.Name}」已经在「{group.Name}」。";
            }

            var moved = member with
            {
                GroupId = group.Id,
                Role = member.Role == MemberRole.GroupLeader ? MemberRole.Member : member.Role,
            };
            await store.ApplyAsync(new MembershipChange { Members = [moved], Groups = created ? [group] : [] }, cancellationToken);
            await roleChanges.RecordAsync([new RoleTransition(moved, member.Role)], by, cancellationToken);
            return Outcome<GroupMove>.Ok(new GroupMove(moved, group, created, member.Role == MemberRole.GroupLeader));
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

    /// <summary>The answer when a name matches no active member.</summary>
    public static string NotFound(string name) => $"没有找到党员「{name.Trim()}」。发送「党员名单」查看支部全部成员。";

    public void Dispose() => _writeLock.Dispose();
}

public sealed record AddedMember(Member Member, PartyGroup? Group, bool GroupCreated, IssuedInvite Invite);

public sealed record RoleChange(Member Member, MemberRole PreviousRole, Member? Demoted);

public sealed record GroupMove(Member Member, PartyGroup Group, bool GroupCreated, bool LostGroupLeadership);
