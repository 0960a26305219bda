using BranchBot.Core.Membership;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Membership;

public sealed class LiteDbMembershipStore : IMembershipStore
{
    private readonly LiteDbContext _context;
    private readonly ILiteCollection<BranchDocument> _branches;
    private readonly ILiteCollection<MemberDocument> _members;
    private readonly ILiteCollection<PartyGroupDocument> _groups;
    private readonly ILiteCollection<InviteDocument> _invites;

    public LiteDbMembershipStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _branches = context.Collection<BranchDocument>(LiteDbCollections.Branch);
        _members = context.Collection<MemberDocument>(LiteDbCollections.Members);
        _groups = context.Collection<PartyGroupDocument>(LiteDbCollections.PartyGroups);
        _invites = context.Collection<InviteDocument>(LiteDbCollections.Invites);
        _members.EnsureIndex("AccountKeys", "$.AccountKeys[*]");
    }

    public ValueTask<Branch?> GetBranchAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(_branches.FindById(Branch.SingletonId)?.ToBranch());

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
                _branches.Upsert(BranchDocument.From(change.Branch));
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
}
