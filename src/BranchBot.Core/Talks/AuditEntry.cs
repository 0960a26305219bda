namespace BranchBot.Core.Talks;

/// <summary>What kind of private record a view concerned.</summary>
public enum AuditSubject
{
    TalkRecord = 0,
    Feedback = 1,
}

/// <summary>
/// One view of someone else's private record, or one refused attempt: who, when, which record or member, allowed or
/// refused. Never the content.
/// </summary>
public sealed record AuditEntry
{
    public required string Id { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>The member who asked.</summary>
    public required string ViewerId { get; init; }

    public AuditSubject Subject { get; init; }

    /// <summary>The record viewed, when a single record was asked for.</summary>
    public string? RecordId { get; init; }

    /// <summary>The member whose records were asked for.</summary>
    public string? MemberId { get; init; }

    public bool Allowed { get; init; }

    public static string NewId() => "au_" + Guid.NewGuid().ToString("N")[..12];
}

/// <summary>An audit entry with the names resolved, for the secretary; a name is null when that member is no longer on the roster.</summary>
public sealed record AuditView(AuditEntry Entry, string? ViewerName, string? MemberName);
