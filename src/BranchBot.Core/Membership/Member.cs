namespace BranchBot.Core.Membership;

/// <summary>
/// A member of the branch. Removed members are kept (with <see cref="RemovedAt"/> set and no chat accounts) so that
/// meeting records and talk records that name them stay readable.
/// </summary>
public sealed record Member
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public MemberRole Role { get; init; } = MemberRole.Member;

    /// <summary>The 党小组 the member belongs to, if any.</summary>
    public string? GroupId { get; init; }

    public IReadOnlyList<ChatAccount> ChatAccounts { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RemovedAt { get; init; }

    /// <summary>The branch a removed member was moved to (组织关系转接); null for a member removed from the organisation.</summary>
    public string? TransferredToBranchId { get; init; }

    public bool IsActive => RemovedAt is null;

    /// <summary>True once the person has joined from a chat account (and can be reached by the bot).</summary>
    public bool IsBound => ChatAccounts.Count > 0;

    public bool IsCommittee => Role is MemberRole.Secretary or MemberRole.DeputySecretary or MemberRole.Committee;

    public Member WithAccount(ChatAccount account) =>
        ChatAccounts.Contains(account) ? this : this with { ChatAccounts = [.. ChatAccounts, account] };

    public static string NewId() => "m_" + Guid.NewGuid().ToString("N")[..12];
}
