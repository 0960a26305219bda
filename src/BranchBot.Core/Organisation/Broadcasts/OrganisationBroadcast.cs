namespace BranchBot.Core.Organisation.Broadcasts;

/// <summary>Who a 党委广播 goes to.</summary>
public enum OrganisationAudienceKind
{
    /// <summary>Every active member of every branch the sender oversees (全体党员).</summary>
    AllMembers,

    /// <summary>The 书记 and 副书记 of every branch the sender oversees (各支部书记).</summary>
    Secretaries,

    /// <summary>Every active member of one branch (<see cref="OrganisationAudience.BranchId"/>).</summary>
    OneBranch,
}

public sealed record OrganisationAudience(OrganisationAudienceKind Kind, string? BranchId = null)
{
    public static OrganisationAudience AllMembers { get; } = new(OrganisationAudienceKind.AllMembers);

    public static OrganisationAudience Secretaries { get; } = new(OrganisationAudienceKind.Secretaries);

    public static OrganisationAudience OneBranch(string branchId) => new(OrganisationAudienceKind.OneBranch, branchId);
}

/// <summary>What a 党委 role asks to send; <paramref name="SourceKey"/> makes a repeated 确认 return the broadcast made before.</summary>
public sealed record OrganisationBroadcastDraft(string Text, OrganisationAudience Audience, bool RequiresAcknowledgement, string? SourceKey = null);

/// <summary>
/// A branch's part of a 党委广播: the branch broadcast it became there (numbered in the branch, so its members press
/// 收到 as for any broadcast), or why nothing went to that branch.
/// </summary>
public sealed record OrganisationBroadcastPart(string BranchId, string BranchName, int? BroadcastNumber, string? Skipped = null);

/// <summary>
/// A message from the 党委 to many branches (党委广播N, numbered across the organisation). It is stored before it fans
/// out and marked <see cref="CompletedAt"/> after, so a fan-out the process did not finish is finished at start-up.
/// </summary>
public sealed record OrganisationBroadcast
{
    public required int Number { get; init; }

    public required string Text { get; init; }

    public required OrganisationAudience Audience { get; init; }

    /// <summary>How the audience read when it was sent: "全体党员", "各支部书记", "第二党支部".</summary>
    public required string AudienceLabel { get; init; }

    public bool RequiresAcknowledgement { get; init; }

    public required string AuthorId { get; init; }

    /// <summary>How every branch's part is signed.</summary>
    public required string SignedAs { get; init; }

    /// <summary>The branches it goes to, fixed when it is sent.</summary>
    public required IReadOnlyList<string> BranchIds { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string? SourceKey { get; init; }

    public IReadOnlyList<OrganisationBroadcastPart> Parts { get; init; } = [];

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The source key of the branch broadcast that is this one's part in <paramref name="branchId"/>.</summary>
    public string PartSourceKey(string branchId) => $"org-broadcast:{Number}:{branchId}";
}
