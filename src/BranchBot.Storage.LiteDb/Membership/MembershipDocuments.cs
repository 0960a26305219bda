using BranchBot.Core.Membership;

namespace BranchBot.Storage.LiteDb.Membership;

// LiteDB maps plain mutable classes; the domain's records are converted at the edge of the store.

internal sealed class MemberDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public MemberRole Role { get; set; }
    public string? GroupId { get; set; }
    public List<ChatAccountDocument> ChatAccounts { get; set; } = [];

    /// <summary>"channel|user" of each chat account (hashed when long), indexed for the per-message sender lookup.</summary>
    public List<string> AccountKeys { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RemovedAt { get; set; }
    public string? TransferredToBranchId { get; set; }

    public static MemberDocument From(Member m, string branchId) => new()
    {
        Id = m.Id,
        BranchId = branchId,
        Name = m.Name,
        Role = m.Role,
        GroupId = m.GroupId,
        ChatAccounts = [.. m.ChatAccounts.Select(a => new ChatAccountDocument { ChannelId = a.ChannelId, UserId = a.UserId })],
        AccountKeys = [.. m.ChatAccounts.Select(a => LiteDbKeys.Safe(a.Key))],
        CreatedAt = m.CreatedAt,
        RemovedAt = m.RemovedAt,
        TransferredToBranchId = m.TransferredToBranchId,
    };

    public Member ToMember() => new()
    {
        Id = Id,
        Name = Name,
        Role = Role,
        GroupId = GroupId,
        ChatAccounts = [.. ChatAccounts.Select(a => new ChatAccount(a.ChannelId, a.UserId))],
        CreatedAt = CreatedAt,
        RemovedAt = RemovedAt,
        TransferredToBranchId = TransferredToBranchId,
    };
}

internal sealed class ChatAccountDocument
{
    public string ChannelId { get; set; } = string.Empty;
    public string UserId { get; set; } = string.Empty;
}

internal sealed class PartyGroupDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }

    public static PartyGroupDocument From(PartyGroup g, string branchId) => new() { Id = g.Id, BranchId = branchId, Name = g.Name, CreatedAt = g.CreatedAt };

    public PartyGroup ToGroup() => new() { Id = Id, Name = Name, CreatedAt = CreatedAt };
}

internal sealed class InviteDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public string MemberId { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    public static InviteDocument From(Invite i, string branchId) => new() { Id = i.CodeHash, BranchId = branchId, MemberId = i.MemberId, CreatedAt = i.CreatedAt, ExpiresAt = i.ExpiresAt };

    public Invite ToInvite() => new(Id, MemberId, CreatedAt, ExpiresAt);
}
