namespace BranchBot.Core.Organisation;

/// <summary>
/// Organisation-wide reads across every branch's members and codes: which branch a chat account, a member or an
/// invite code belongs to. Nothing else of a member is returned; the branch's own stores hold the rest.
/// </summary>
public interface IMemberDirectory
{
    /// <summary>Every member's branch by member id, and every bound chat account's (<c>ChatAccount.Key</c>) of active members.</summary>
    ValueTask<MemberBranches> LoadAsync(CancellationToken cancellationToken);

    /// <summary>The branch holding a hashed code: a member's invite or a new branch's 书记邀请码; null when none does.</summary>
    ValueTask<CodeHolder?> FindCodeAsync(string codeHash, CancellationToken cancellationToken);
}

public sealed record MemberBranches(IReadOnlyDictionary<string, string> ByMemberId, IReadOnlyDictionary<string, string> ByAccountKey);

public enum CodeKind
{
    MemberInvite,
    BranchSecretaryInvite,
}

public sealed record CodeHolder(string BranchId, CodeKind Kind);
