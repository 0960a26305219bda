using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb.Membership;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Organisation;

/// <summary>The members, invites and branch units of every branch, read only for which branch something belongs to.</summary>
public sealed class LiteDbMemberDirectory : IMemberDirectory
{
    private readonly ILiteCollection<MemberDocument> _members;
    private readonly ILiteCollection<InviteDocument> _invites;
    private readonly ILiteCollection<OrgUnitDocument> _units;

    public LiteDbMemberDirectory(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _members = context.Collection<MemberDocument>(LiteDbCollections.Members);
        _invites = context.Collection<InviteDocument>(LiteDbCollections.Invites);
        _units = context.Collection<OrgUnitDocument>(LiteDbCollections.OrgUnits);
    }

    public ValueTask<MemberBranches> LoadAsync(CancellationToken cancellationToken)
    {
        var byMember = new Dictionary<string, string>(StringComparer.Ordinal);
        var byAccount = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in _members.FindAll())
        {
            byMember[member.Id] = member.BranchId;
            if (member.RemovedAt is not null)
            {
                continue;
            }

            foreach (var account in member.ChatAccounts)
            {
                byAccount[new ChatAccount(account.ChannelId, account.UserId).Key] = member.BranchId;
            }
        }

        return ValueTask.FromResult(new MemberBranches(byMember, byAccount));
    }

    public ValueTask<CodeHolder?> FindCodeAsync(string codeHash, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(codeHash);
        if (_invites.FindById(codeHash) is { } invite)
        {
            return ValueTask.FromResult<CodeHolder?>(new CodeHolder(invite.BranchId, CodeKind.MemberInvite));
        }

        var branch = _units.FindOne(Filter.Equal(nameof(OrgUnitDocument.SecretaryInviteHash), codeHash));
        return ValueTask.FromResult(branch is { ClosedAt: null } ? new CodeHolder(branch.Id, CodeKind.BranchSecretaryInvite) : null);
    }
}
