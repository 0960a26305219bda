using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Membership;

/// <summary>
/// One branch's members, 党小组 and invites, and the branch itself as a view of its unit (<see cref="Branch.Of"/>).
/// Every document written carries the branch's id; documents of other branches are never returned, and writing over
/// one is refused (<see cref="BranchMismatchException"/>).
/// </summary>
public sealed class LiteDbMembershipStore : IMembershipStore
{
    private readonly LiteDbContext _context;
    private readonly string _branchId;
    private readonly MembershipChanges? _changes;
    private readonly BranchGuard _guard;
    private readonly ILiteCollection<OrgUnitDocument> _units;
    private readonly ILiteCollection<OrgRoleDocument> _roles;
    private readonly ILiteCollection<MemberDocument> _members;
    private readonly ILiteCollection<PartyGroupDocument> _groups;
    private readonly ILiteCollection<InviteDocument> _invites;
    private volatile BranchRead? _branchRead;

    /// <summary>The store of the database's only branch (created with its organisation on a new database).</summary>
    public LiteDbMembershipStore(LiteDbContext context)
        : this(context, LiteDbOrganisationStore.PrimaryBranchOf(context))
    {
    }

    /// <param name="changes">Told of every write of members, for the organisation's sender index (none for a store opened on its own).</param>
    public LiteDbMembershipStore(LiteDbContext context, BranchContext branch, MembershipChanges? changes = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(branch);
        _context = context;
        _branchId = branch.Id;
        _changes = changes;
        _guard = new BranchGuard(branch.Id);
        _units = context.Collection<OrgUnitDocument>(LiteDbCollections.OrgUnits);
        _roles = context.Collection<OrgRoleDocument>(LiteDbCollections.OrgRoles);
        _members = context.Collection<MemberDocument>(LiteDbCollections.Members);
        _groups = context.Collection<PartyGroupDocument>(LiteDbCollections.PartyGroups);
        _invites = context.Collection<InviteDocument>(LiteDbCollections.Invites);
        context.IndexOnce(nameof(LiteDbMembershipStore), () =>
        {
            _members.EnsureIndex("AccountKeys", "$.AccountKeys[*]");
            _members.EnsureIndex(nameof(MemberDocument.BranchId));
            _groups.EnsureIndex(nameof(PartyGroupDocument.BranchId));
            _invites.EnsureIndex(nameof(InviteDocument.BranchId));
        });
    }

    /// <summary>
    /// The branch from its unit and the root's. Read again only when a unit was written through this database context
    /// or another process wrote to the file since the last read (<see cref="LiteDbContext.OutsideWrites"/>; where that
    /// cannot be told, every time): the cache above this store lets the branch expire every few seconds, and with
    /// hundreds of branches those reads were a few percent of every turn.
    /// </summary>
    public ValueTask<Branch?> GetBranchAsync(CancellationToken cancellationToken)
    {
        var outside = _context.OutsideWrites;
        if (_branchRead is { } held && outside is not null
            && held.UnitWrites == _context.OrganisationUnitWrites.Writes && outside.NoneSince(held.OutsideMark))
        {
            return ValueTask.FromResult(held.Branch);
        }

        var read = new BranchRead(null, _context.OrganisationUnitWrites.Writes, outside?.Mark ?? 0);
        var unit = _units.FindById(_branchId);
        var branch = unit is null || RootOf(unit) is not { } root ? null : Branch.Of(unit.ToUnit(), root.ToUnit());
        _branchRead = read with { Branch = branch };
        return ValueTask.FromResult(branch);
    }

    public ValueTask<Member?> GetMemberAsync(string memberId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_guard.Own(_members.FindById(memberId), d => d.BranchId)?.ToMember());

    public ValueTask<Member?> FindByChatAccountAsync(ChatAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var document = _members.Find(BsonExpression.Create("$.AccountKeys[*] ANY = @0", new BsonValue(LiteDbKeys.Safe(account.Key))))
            .FirstOrDefault(d => d.RemovedAt is null && d.BranchId == _branchId);
        return ValueTask.FromResult(document?.ToMember());
    }

    public ValueTask<IReadOnlyList<Member>> ListMembersAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Member>>([.. _members.Find(Filter.Equal(nameof(MemberDocument.BranchId), _branchId)).Where(d => d.RemovedAt is null).Select(d => d.ToMember())]);

    public ValueTask<IReadOnlyList<PartyGroup>> ListGroupsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<PartyGroup>>([.. _groups.Find(Filter.Equal(nameof(PartyGroupDocument.BranchId), _branchId)).Select(d => d.ToGroup())]);

    public ValueTask<Invite?> GetInviteAsync(string codeHash, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_guard.Own(_invites.FindById(codeHash), d => d.BranchId)?.ToInvite());

    public ValueTask<IReadOnlyList<Invite>> ListInvitesAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Invite>>([.. _invites.Find(Filter.Equal(nameof(InviteDocument.BranchId), _branchId)).Select(d => d.ToInvite())]);

    public ValueTask ApplyAsync(MembershipChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.IsEmpty)
        {
            return ValueTask.CompletedTask;
        }

        _context.InTransaction(() =>
        {
            if (change.Branch is not null)
            {
                WriteBranch(change.Branch);
            }

            foreach (var role in change.OrgRoles)
            {
                _roles.Upsert(OrgRoleDocument.From(role));
            }

            foreach (var group in change.Groups)
            {
                _guard.RefuseOther(_groups.FindById(group.Id)?.BranchId, group.Id);
                _groups.Upsert(PartyGroupDocument.From(group, _branchId));
            }

            foreach (var member in change.Members)
            {
                _guard.RefuseOther(_members.FindById(member.Id)?.BranchId, member.Id);
                _members.Upsert(MemberDocument.From(member, _branchId));
            }

            foreach (var hash in change.DeletedInviteHashes)
            {
                if (_guard.Own(_invites.FindById(hash), d => d.BranchId) is not null)
                {
                    _invites.Delete(hash);
                }
            }

            foreach (var invite in change.Invites)
            {
                _guard.RefuseOther(_invites.FindById(invite.CodeHash)?.BranchId, invite.CodeHash);
                _invites.Upsert(InviteDocument.From(invite, _branchId));
            }
        });
        if (change.Members.Count > 0)
        {
            _changes?.Record();
        }

        return ValueTask.CompletedTask;
    }

    // The branch's own fields go to its unit, the setup code to the root (named after the branch until renamed).
    private void WriteBranch(Branch branch)
    {
        _guard.RefuseOther(branch.Id, branch.Id);
        var unit = _units.FindById(_branchId) ?? throw new InvalidOperationException($"Branch unit '{_branchId}' does not exist.");
        var root = RootOf(unit) ?? throw new InvalidOperationException($"Branch unit '{_branchId}' has no root.");
        unit.Name = branch.Name;
        unit.ClaimedAt = branch.ClaimedAt;
        unit.RecoveryCodeHash = branch.RecoveryCode?.CodeHash;
        unit.RecoveryCodeIssuedAt = branch.RecoveryCode?.IssuedAt;
        unit.RecoveryCodeExpiresAt = branch.RecoveryCode?.ExpiresAt;
        unit.SecretaryInviteHash = branch.SecretaryInvite?.CodeHash;
        unit.SecretaryInviteCreatedAt = branch.SecretaryInvite?.CreatedAt;
        unit.SecretaryInviteExpiresAt = branch.SecretaryInvite?.ExpiresAt;
        root.SetupCodeHash = branch.SetupCodeHash;
        root.Name ??= branch.Name;
        _units.Upsert(root);
        _units.Upsert(unit);
        _context.OrganisationUnitWrites.Record();
    }

    private OrgUnitDocument? RootOf(OrgUnitDocument unit)
    {
        var current = unit;
        for (var depth = 0; current?.ParentId is { } parent && depth < 16; depth++)
        {
            current = _units.FindById(parent);
        }

        return current;
    }

    /// <summary>The branch as read, with the unit writes and outside writes counted before the read.</summary>
    private sealed record BranchRead(Branch? Branch, long UnitWrites, long OutsideMark);
}
