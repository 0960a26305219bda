namespace BranchBot.Core.Talks;

/// <summary>
/// A 谈心谈话 between two members, recorded by one of them (<see cref="AuthorId"/>). Both sides count towards
/// coverage. Content fields hold <c>IContentProtector.Protect</c> output.
/// </summary>
public sealed record TalkRecord
{
    public required string Id { get; init; }

    /// <summary>Participant A: the member who recorded the talk.</summary>
    public required string AuthorId { get; init; }

    /// <summary>Participant B.</summary>
    public required string OtherId { get; init; }

    /// <summary>The branch-local day of the talk.</summary>
    public required DateOnly Date { get; init; }

    public TalkForm Form { get; init; }

    public required string ProtectedTopics { get; init; }

    public string? ProtectedIssues { get; init; }

    public string? ProtectedFollowUp { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool Involves(string memberId) => AuthorId == memberId || OtherId == memberId;

    public static string NewId() => "tk_" + Guid.NewGuid().ToString("N")[..12];
}
