using BranchBot.Core.Broadcasts;

namespace BranchBot.Storage.LiteDb.Broadcasts;

/// <summary>A broadcast, keyed "{branch}:{number}" (<see cref="IdOf"/>): numbers count per branch, the id keeps them unique.</summary>
internal sealed class BroadcastDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public int Number { get; set; }
    public string BatchBase { get; set; } = string.Empty;
    public string AuthorId { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
    public BroadcastAudienceKind AudienceKind { get; set; }
    public string? AudienceGroupName { get; set; }
    public string? AudienceMeetingId { get; set; }
    public int? AudienceBroadcastNumber { get; set; }
    public string AudienceLabel { get; set; } = string.Empty;
    public bool RequiresAcknowledgement { get; set; }
    public List<string> RecipientIds { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ScheduledAt { get; set; }
    public DateTimeOffset? QueuedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public int Reminders { get; set; }

    public int Resends { get; set; }

    public string? SourceKey { get; set; }

    public string? SignedAs { get; set; }

    public int? OrganisationNumber { get; set; }

    public static string IdOf(string branchId, int number) => $"{branchId}:{number}";

    public static BroadcastDocument From(Broadcast b, string branchId) => new()
    {
        Id = IdOf(branchId, b.Number), BranchId = branchId, Number = b.Number, BatchBase = b.BatchBase, AuthorId = b.AuthorId, Text = b.Text, AudienceKind = b.Audience.Kind, AudienceGroupName = b.Audience.GroupName,
        AudienceMeetingId = b.Audience.MeetingId, AudienceBroadcastNumber = b.Audience.BroadcastNumber, AudienceLabel = b.AudienceLabel,
        RequiresAcknowledgement = b.RequiresAcknowledgement, RecipientIds = [.. b.RecipientIds], CreatedAt = b.CreatedAt, ScheduledAt = b.ScheduledAt,
        QueuedAt = b.QueuedAt, WithdrawnAt = b.WithdrawnAt, Reminders = b.Reminders, Resends = b.Resends, SourceKey = b.SourceKey,
        SignedAs = b.SignedAs, OrganisationNumber = b.OrganisationNumber,
    };

    public Broadcast ToBroadcast() => new()
    {
        Number = Number, BatchBase = BatchBase, AuthorId = AuthorId, Text = Text,
        Audience = new BroadcastAudience(AudienceKind, AudienceGroupName, AudienceMeetingId, AudienceBroadcastNumber),
        AudienceLabel = AudienceLabel, RequiresAcknowledgement = RequiresAcknowledgement, RecipientIds = [.. RecipientIds], CreatedAt = CreatedAt,
        ScheduledAt = ScheduledAt, QueuedAt = QueuedAt, WithdrawnAt = WithdrawnAt, Reminders = Reminders, Resends = Resends, SourceKey = SourceKey,
        SignedAs = SignedAs, OrganisationNumber = OrganisationNumber,
    };
}

/// <summary>A 收到, keyed "{branch}:{number}|{member}" (<see cref="IdOf"/>), so a member acknowledges a broadcast once.</summary>
internal sealed class AcknowledgementDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public int BroadcastNumber { get; set; }
    public string MemberId { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }

    public static string IdOf(string branchId, int broadcastNumber, string memberId) => $"{branchId}:{BroadcastAcknowledgement.KeyOf(broadcastNumber, memberId)}";

    public static AcknowledgementDocument From(BroadcastAcknowledgement a, string branchId) => new()
    {
        Id = IdOf(branchId, a.BroadcastNumber, a.MemberId), BranchId = branchId, BroadcastNumber = a.BroadcastNumber, MemberId = a.MemberId, At = a.At,
    };

    public BroadcastAcknowledgement ToAcknowledgement() => new(BroadcastNumber, MemberId, At);
}

internal sealed class ReplyDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public int BroadcastNumber { get; set; }
    public string MemberId { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }

    public static ReplyDocument From(BroadcastReply r, string branchId) => new() { Id = r.Id, BranchId = branchId, BroadcastNumber = r.BroadcastNumber, MemberId = r.MemberId, Text = r.Text, At = r.At };

    public BroadcastReply ToReply() => new(Id, BroadcastNumber, MemberId, Text, At);
}
