using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Membership;

/// <summary>
/// Members, 党小组 and invites, and the branch as a view of the organisation's branch unit (<see cref="Branch.Of"/>).
/// An organisation has one branch until branches can be created; a branch this store does not know yet is the
/// organisation's first, and its root unit is created with it.
/// </summary>
public sealed class LiteDbMembershipStore : IMembershipStore
{
    private readonly LiteDbContext _context;
    private readonly ILiteCollection<OrgUnitDocument> _units;
    private readonly ILiteCollection<OrgRoleDocument> _roles;
    private readonly ILiteCollection<MemberDocument> _members;
    private readonly ILiteCollection<PartyGroupDocument> _groups;
    private readonly ILiteCollection<InviteDocument> _invites;

    public LiteDbMembershipStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _units = context.Collection<OrgUnitDocument>(LiteDbCollections.OrgUnits);
        _roles = context.Collection<OrgRoleDocument>(LiteDbCollections.OrgRoles);
        _members = context.Collection<MemberDocument>(LiteDbCollections.Members);
        _groups = context.Collection<PartyGroupDocument>(LiteDbCollections.PartyGroups);
        _invites = context.Collection<InviteDocument>(LiteDbCollections.Invites);
        _members.EnsureIndex("AccountKeys", "$.AccountKeys[*]");
    }

    public ValueTask<Branch?> GetBranchAsync(CancellationToken cancellationToken)
    {
        var units = _units.FindAll().ToList();
        var branch = units.FirstOrDefault(u => u.Kind == OrgUnitKind.Branch && u.ClosedAt is null);
        var root = units.FirstOrDefault(u => u.ParentId is null);
        return ValueTask.FromResult(branch is null || root is null ? null : Branch.Of(branch.ToUnit(), root.ToUnit()));
    }

    public ValueTask<Member?> GetMemberAsync(string memberId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_members.FindById(memberId)?.ToMember());

    public ValueTask<Member?> FindByChatAccountAsync(ChatAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var document = _members.Find(BsonExpression.Create("$.AccountKeys[*] ANY = @0", new BsonValue(LiteDbKeys.Safe(account.Key)))).FirstOrDefault(d => d.RemovedAt is null);
        return ValueTask.FromResult(document?.ToMember());
    }

    public ValueTask<IReadOnlyList<Member>> ListMembersAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Member>>([.. _members.Find(d => d.RemovedAt == null).Select(d => d.ToMember())]);

    public ValueTask<IReadOnlyList<PartyGroup>> ListGroupsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<PartyGroup>>([.. _groups.FindAll().Select(d => d.ToGroup())]);

    public ValueTask<Invite?> GetInviteAsync(string codeHash, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_invites.FindById(codeHash)?.ToInvite());

    public ValueTask<IReadOnlyList<Invite>> ListInvitesAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Invite>>([.. _invites.FindAll().Select(d => d.ToInvite())]);

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
                _groups.Upsert(PartyGroupDocument.From(group));
            }

            foreach (var member in change.Members)
            {
                _members.Upsert(MemberDocument.From(member));
            }

            foreach (var hash in change.DeletedInviteHashes)
            {
                _invites.Delete(hash);
            }

            foreach (var invite in change.Invites)
            {
                _invites.Upsert(InviteDocument.From(invite));
            }
        });
        return ValueTask.CompletedTask;
    }

    // The branch's own fields go to its unit, the setup code to the root (named after the branch until renamed).
    private void WriteBranch(Branch branch)
    {
        var root = _units.FindAll().FirstOrDefault(u => u.ParentId is null)
            ?? new OrgUnitDocument { Id = OrgUnit.NewId(), Kind = OrgUnitKind.PartyCommittee };
        var unit = _units.FindById(branch.Id) ?? new OrgUnitDocument { Id = branch.Id, Kind = OrgUnitKind.Branch, ParentId = root.Id };
        unit.Name = branch.Name;
        unit.ClaimedAt = branch.ClaimedAt;
        unit.RecoveryCodeHash = branch.RecoveryCode?.CodeHash;
        unit.RecoveryCodeIssuedAt = branch.RecoveryCode?.IssuedAt;
        unit.RecoveryCodeExpiresAt = branch.RecoveryCode?.ExpiresAt;
        root.SetupCodeHash = branch.SetupCodeHash;
        root.Name ??= branch.Name;
        _units.Upsert(root);
        _units.Upsert(unit);
    }
}
