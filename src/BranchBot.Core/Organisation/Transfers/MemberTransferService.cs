using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Core.Text;
using BranchBot.Core.WebConsole;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Core.Organisation.Transfers;

/// <summary>
/// 组织关系转接 inside the organisation: the 书记 of a branch (or a 党委 role holder, from their own branch) moves a
/// current member of that branch to another open branch. The member's history stays in the old branch under their
/// old record; a new record in the receiving branch takes over their chat accounts, so their next turn is served
/// there; their roles in the old branch end. Both branches' 操作日志 record it; the member and the receiving 书记 are
/// told through the outbox. One process-wide lock: two moves of the same member cannot both happen.
/// </summary>
public sealed class MemberTransferService(
    IOrganisationStore organisation, IBranchScopes scopes, IMemberTransferStore moves, IDeliveryOutbox outbox, TimeProvider time) : IDisposable
{
    public const string AuditOut = "组织关系转出";
    public const string AuditIn = "组织关系转入";

    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>Resolves the member and the branch as typed and checks the move could be made, writing nothing.</summary>
    public async Task<Outcome<TransferCandidate, TransferProblem>> CheckAsync(
        string fromBranchId, Member actor, string memberName, string branchName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var units = await organisation.ListUnitsAsync(cancellationToken);
        if (!await MayMoveAsync(fromBranchId, actor, units, cancellationToken))
        {
            return new TransferProblem.NotAllowed();
        }

        var members = await MembersOf(fromBranchId).ListMembersAsync(cancellationToken);
        var member = FindMember(members, memberName);
        if (!member.Succeeded)
        {
            return member.Problem!;
        }

        var target = FindBranch(units, fromBranchId, branchName);
        if (!target.Succeeded)
        {
            return target.Problem!;
        }

        return await CheckMoveAsync(fromBranchId, member.Value!, target.Value!, units, cancellationToken);
    }

    /// <summary>Moves the member (by id, as confirmed) to the branch (by id), checking everything again under the lock.</summary>
    public async Task<Outcome<CompletedTransfer, TransferProblem>> TransferAsync(
        string fromBranchId, Member actor, string memberId, string toBranchId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var units = await organisation.ListUnitsAsync(cancellationToken);
            if (!await MayMoveAsync(fromBranchId, actor, units, cancellationToken))
            {
                return new TransferProblem.NotAllowed();
            }

            // Under both branches' membership locks (in a fixed order): a 修改角色 or roster import running in either
            // branch at the same moment would otherwise write back the member it read before the move.
            var target = units.FirstOrDefault(u => u.Id == toBranchId && u.Kind == OrgUnitKind.Branch && u.ClosedAt is null);
            string[] locked = target is null ? [fromBranchId] : [.. new[] { fromBranchId, target.Id }.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            return await UnderMembershipLocksAsync(locked, () => MoveAsync(fromBranchId, actor, memberId, toBranchId, units, cancellationToken), cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<T> UnderMembershipLocksAsync<T>(IReadOnlyList<string> branchIds, Func<Task<T>> write, CancellationToken cancellationToken) =>
        branchIds.Count == 0
            ? await write()
            : await scopes.For(branchIds[0]).GetRequiredService<MembershipService>()
                .RunExclusiveAsync(() => UnderMembershipLocksAsync([.. branchIds.Skip(1)], write, cancellationToken), cancellationToken);

    private async Task<Outcome<CompletedTransfer, TransferProblem>> MoveAsync(
        string fromBranchId, Member actor, string memberId, string toBranchId, IReadOnlyList<OrgUnit> units, CancellationToken cancellationToken)
    {
        var fromStore = MembersOf(fromBranchId);
        var member = await fromStore.GetMemberAsync(memberId, cancellationToken);
        if (member is null)
        {
            return new TransferProblem.MemberNotFound(memberId);
        }

        if (!member.IsActive)
        {
            return member.TransferredToBranchId is null ? new TransferProblem.MemberNotFound(member.Name) : new TransferProblem.AlreadyMoved(member.Name);
        }

        var target = units.FirstOrDefault(u => u.Id == toBranchId && u.Kind == OrgUnitKind.Branch);
        if (target is null)
        {
            return new TransferProblem.BranchNotFound(toBranchId, OpenBranchNames(units, fromBranchId));
        }

        var checkedMove = await CheckMoveAsync(fromBranchId, member, target, units, cancellationToken);
        if (!checkedMove.Succeeded)
        {
            return checkedMove.Problem!;
        }

        var candidate = checkedMove.Value!;
        var now = time.GetUtcNow();
        var arrived = new Member { Id = Member.NewId(), Name = member.Name, ChatAccounts = member.ChatAccounts, CreatedAt = now };
        var retired = member with { RemovedAt = now, ChatAccounts = [], TransferredToBranchId = target.Id };
        await moves.MoveAsync(new MemberMove(fromBranchId, retired, target.Id, arrived), cancellationToken);
        await ForgetEverywhereAsync(fromStore);
        var toStore = MembersOf(target.Id);
        await ForgetEverywhereAsync(toStore);

        var done = new CompletedTransfer(retired, arrived, candidate.From, target);
        await RecordAsync(done, actor, now, cancellationToken);
        await TellAsync(done, toStore, cancellationToken);
        return Outcome<CompletedTransfer, TransferProblem>.Ok(done);
    }

    /// <summary>The open branches a member of <paramref name="fromBranchId"/> could be moved to, by name.</summary>
    public async Task<IReadOnlyList<string>> DestinationsAsync(string fromBranchId, CancellationToken cancellationToken) =>
        OpenBranchNames(await organisation.ListUnitsAsync(cancellationToken), fromBranchId);

    private async Task<Outcome<TransferCandidate, TransferProblem>> CheckMoveAsync(
        string fromBranchId, Member member, OrgUnit target, IReadOnlyList<OrgUnit> units, CancellationToken cancellationToken)
    {
        var name = target.Name ?? target.Id;
        if (target.ClosedAt is not null)
        {
            return new TransferProblem.BranchClosed(name);
        }

        if (target.Id == fromBranchId)
        {
            return new TransferProblem.SameBranch(name);
        }

        if (member.Role == MemberRole.Secretary)
        {
            return new TransferProblem.SecretaryStays(member.Name);
        }

        var there = await MembersOf(target.Id).ListMembersAsync(cancellationToken);
        if (there.Any(m => NameRules.SameName(member.Name, m.Name)))
        {
            return new TransferProblem.NameTakenThere(member.Name, name);
        }

        var from = units.Single(u => u.Id == fromBranchId);
        return Outcome<TransferCandidate, TransferProblem>.Ok(new TransferCandidate(member, from, target));
    }

    /// <summary>The branch's 书记, or a holder of a 党委 role on a unit above the branch.</summary>
    private async Task<bool> MayMoveAsync(string fromBranchId, Member actor, IReadOnlyList<OrgUnit> units, CancellationToken cancellationToken)
    {
        var current = await MembersOf(fromBranchId).GetMemberAsync(actor.Id, cancellationToken);
        if (current is not { IsActive: true })
        {
            return false;
        }

        if (current.Role == MemberRole.Secretary)
        {
            return true;
        }

        var above = AncestorsOf(fromBranchId, units);
        var roles = await organisation.ListRolesAsync(cancellationToken);
        return roles.Any(r => r.MemberId == current.Id && above.Contains(r.UnitId));
    }

    private static HashSet<string> AncestorsOf(string branchId, IReadOnlyList<OrgUnit> units)
    {
        var byId = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var above = new HashSet<string>(StringComparer.Ordinal);
        var current = byId.GetValueOrDefault(branchId)?.ParentId;
        while (current is not null && above.Add(current))
        {
            current = byId.GetValueOrDefault(current)?.ParentId;
        }

        return above;
    }

    /// <summary>An exact name first; else the only current member whose name contains what was typed.</summary>
    private static Outcome<Member, TransferProblem> FindMember(IReadOnlyList<Member> members, string typed)
    {
        var name = typed.Trim();
        if (members.FirstOrDefault(m => NameRules.SameName(name, m.Name)) is { } exact)
        {
            return Outcome<Member, TransferProblem>.Ok(exact);
        }

        var partial = name.Length == 0 ? [] : members.Where(m => m.Name.Contains(name, StringComparison.OrdinalIgnoreCase)).ToList();
        return partial.Count switch
        {
            1 => Outcome<Member, TransferProblem>.Ok(partial[0]),
            0 => new TransferProblem.MemberNotFound(name),
            _ => new TransferProblem.MemberAmbiguous(name, [.. partial.Select(m => m.Name).Order(StringComparer.Ordinal)]),
        };
    }

    /// <summary>
    /// An exact name among the branches (an open one before a closed one of the same name); else the only open branch
    /// whose name contains what was typed ("第二" for 第二党支部).
    /// </summary>
    private static Outcome<OrgUnit, TransferProblem> FindBranch(IReadOnlyList<OrgUnit> units, string fromBranchId, string typed)
    {
        var name = typed.Trim();
        var branches = units.Where(u => u.Kind == OrgUnitKind.Branch && u.Name is not null).ToList();
        var exact = branches.Where(u => NameRules.SameName(name, u.Name!)).OrderBy(u => u.ClosedAt is null ? 0 : 1).FirstOrDefault();
        if (exact is not null)
        {
            return Outcome<OrgUnit, TransferProblem>.Ok(exact);
        }

        var partial = name.Length == 0 ? [] : branches.Where(u => u.ClosedAt is null && u.Name!.Contains(name, StringComparison.OrdinalIgnoreCase)).ToList();
        return partial.Count switch
        {
            1 => Outcome<OrgUnit, TransferProblem>.Ok(partial[0]),
            0 => new TransferProblem.BranchNotFound(name, OpenBranchNames(units, fromBranchId)),
            _ => new TransferProblem.BranchAmbiguous(name, [.. partial.Select(u => u.Name!).Order(StringComparer.Ordinal)]),
        };
    }

    private static List<string> OpenBranchNames(IReadOnlyList<OrgUnit> units, string fromBranchId) =>
        [.. units.Where(u => u.Kind == OrgUnitKind.Branch && u.ClosedAt is null && u.Id != fromBranchId && u.Name is not null).Select(u => u.Name!).Order(StringComparer.Ordinal)];

    private async Task RecordAsync(CompletedTransfer done, Member actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (branchId, action, detail) in new[]
        {
            (done.From.Id, AuditOut, $"{done.Retired.Name} 转至 {done.To.Name}"),
            (done.To.Id, AuditIn, $"{done.Arrived.Name} 自 {done.From.Name} 转入"),
        })
        {
            await scopes.For(branchId).GetRequiredService<IConsoleAuditStore>().AppendAsync(new ConsoleAuditEntry
            {
                Id = ConsoleAuditEntry.NewId(),
                At = now,
                MemberId = actor.Id,
                MemberName = actor.Name,
                Action = action,
                Detail = detail,
            }, cancellationToken);
        }
    }

    private async Task TellAsync(CompletedTransfer done, IMembershipStore toStore, CancellationToken cancellationToken)
    {
        var from = done.From.Name;
        var to = done.To.Name;
        await outbox.EnqueueAsync(new DeliveryRequest(
            $"transfer:member:{done.Arrived.Id}", [done.Arrived.Id],
            new DeliveryMessage($"【组织关系转接】你的组织关系已从「{from}」转入「{to}」。今后的会议通知、提醒和广播来自「{to}」；你在「{from}」的参会、请假等记录仍留在原支部。")),
            cancellationToken);
        var secretaries = (await toStore.ListMembersAsync(cancellationToken)).Where(m => m.Role == MemberRole.Secretary).Select(m => m.Id).ToList();
        if (secretaries.Count > 0)
        {
            var binding = done.Arrived.IsBound ? "已绑定聊天账号，可直接收到本支部的通知" : "尚未绑定聊天账号，请发送「邀请码 " + done.Arrived.Name + "」为其生成邀请码";
            await outbox.EnqueueAsync(new DeliveryRequest(
                $"transfer:secretary:{done.Arrived.Id}", secretaries,
                new DeliveryMessage($"【组织关系转入】党员「{done.Arrived.Name}」的组织关系已从「{from}」转入本支部（{to}），{binding}。")),
                cancellationToken);
        }
    }

    private IMembershipStore MembersOf(string branchId) => scopes.For(branchId).GetRequiredService<IMembershipStore>();

    private static async ValueTask ForgetEverywhereAsync(IMembershipStore store)
    {
        if (store is CachedMembershipStore cached)
        {
            await cached.ForgetEverywhereAsync();
        }
    }

    public void Dispose() => _writeLock.Dispose();
}

/// <summary>A move that could be made: the member as found in their branch, and the two branches.</summary>
public sealed record TransferCandidate(Member Member, OrgUnit From, OrgUnit To);

/// <summary>A move made: the old record (retired), the new one, and the two branches.</summary>
public sealed record CompletedTransfer(Member Retired, Member Arrived, OrgUnit From, OrgUnit To);
