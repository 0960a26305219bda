using BranchBot.Core.Membership;
using BranchBot.Core.Organisation.Transfers;
using BranchBot.Storage.LiteDb.Membership;

namespace BranchBot.Storage.LiteDb.Organisation;

/// <summary>A member's move between branches in one transaction: both member documents, the old record's invites and the roles above the branches.</summary>
public sealed class LiteDbMemberTransferStore(LiteDbContext context, MembershipChanges changes) : IMemberTransferStore
{
    public ValueTask MoveAsync(MemberMove move, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(move);
        var members = context.Collection<MemberDocument>(LiteDbCollections.Members);
        var invites = context.Collection<InviteDocument>(LiteDbCollections.Invites);
        var roles = context.Collection<OrgRoleDocument>(LiteDbCollections.OrgRoles);
        context.InTransaction(() =>
        {
            var old = members.FindById(move.Retired.Id) ?? throw new InvalidOperationException($"Member '{move.Retired.Id}' does not exist.");
            new BranchGuard(move.FromBranchId).RefuseOther(old.BranchId, move.Retired.Id);
            new BranchGuard(move.ToBranchId).RefuseOther(members.FindById(move.Arrived.Id)?.BranchId, move.Arrived.Id);
            members.Upsert(MemberDocument.From(move.Retired, move.FromBranchId));
            members.Upsert(MemberDocument.From(move.Arrived, move.ToBranchId));
            foreach (var invite in invites.Find(Filter.Equal(nameof(InviteDocument.BranchId), move.FromBranchId)).Where(i => i.MemberId == move.Retired.Id).ToList())
            {
                invites.Delete(invite.Id);
            }

            foreach (var role in roles.Find(Filter.Equal(nameof(OrgRoleDocument.MemberId), move.Retired.Id)).ToList())
            {
                roles.Delete(role.Id);
                roles.Upsert(OrgRoleDocument.From(role.ToRole() with { MemberId = move.Arrived.Id }));
            }
        });
        changes.Record();
        return ValueTask.CompletedTask;
    }
}
