using BranchBot.Core.Talks;

namespace BranchBot.Storage.LiteDb.Talks;

internal sealed class AnswerDocument
{
    public FeedbackTopic Topic { get; set; }
    public string? Text { get; set; }

    public static AnswerDocument From(ProtectedAnswer a) => new() { Topic = a.Topic, Text = a.ProtectedText };

    public ProtectedAnswer ToAnswer() => new(Topic, Text);
}

internal sealed class FeedbackDraftDocument
{
    /// <summary>The member id: one draft per member.</summary>
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public int Day { get; set; }
    public List<AnswerDocument> Answers { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }

    public static FeedbackDraftDocument From(FeedbackDraft d, string branchId) => new()
    {
        BranchId = branchId, Id = d.MemberId, Day = d.Date.DayNumber, Answers = [.. d.Answers.Select(AnswerDocument.From)], UpdatedAt = d.UpdatedAt,
    };

    public FeedbackDraft ToDraft() => new()
    {
        MemberId = Id, Date = DateOnly.FromDayNumber(Day), Answers = [.. Answers.Select(a => a.ToAnswer())], UpdatedAt = UpdatedAt,
    };
}

internal sealed class FeedbackDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public string MemberId { get; set; } = string.Empty;
    public int Day { get; set; }
    public List<AnswerDocument> Answers { get; set; } = [];
    public List<HardshipKind> Hardships { get; set; } = [];
    public bool? VisitWanted { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }

    public static FeedbackDocument From(FeedbackRecord r, string branchId) => new()
    {
        BranchId = branchId, Id = r.Id, MemberId = r.MemberId, Day = r.Date.DayNumber, Answers = [.. r.Answers.Select(AnswerDocument.From)],
        Hardships = [.. r.Hardships], VisitWanted = r.VisitWanted, SubmittedAt = r.SubmittedAt,
    };

    public FeedbackRecord ToRecord() => new()
    {
        Id = Id, MemberId = MemberId, Date = DateOnly.FromDayNumber(Day), Answers = [.. Answers.Select(a => a.ToAnswer())],
        Hardships = [.. Hardships], VisitWanted = VisitWanted, SubmittedAt = SubmittedAt,
    };
}

internal sealed class FollowUpDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public string MemberId { get; set; } = string.Empty;
    public string FeedbackId { get; set; } = string.Empty;
    public List<HardshipKind> Kinds { get; set; } = [];
    public bool? VisitWanted { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int DueDay { get; set; }
    public FollowUpStatus Status { get; set; }
    public string? DoneBy { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public string? Note { get; set; }

    public static FollowUpDocument From(FollowUpTask t, string branchId) => new()
    {
        BranchId = branchId, Id = t.Id, MemberId = t.MemberId, FeedbackId = t.FeedbackId, Kinds = [.. t.Kinds], VisitWanted = t.VisitWanted, CreatedAt = t.CreatedAt,
        DueDay = t.DueDate.DayNumber, Status = t.Status, DoneBy = t.DoneBy, DoneAt = t.DoneAt, Note = t.ProtectedNote,
    };

    public FollowUpTask ToTask() => new()
    {
        Id = Id, MemberId = MemberId, FeedbackId = FeedbackId, Kinds = [.. Kinds], VisitWanted = VisitWanted, CreatedAt = CreatedAt,
        DueDate = DateOnly.FromDayNumber(DueDay), Status = Status, DoneBy = DoneBy, DoneAt = DoneAt, ProtectedNote = Note,
    };
}

/// <summary>Only the random id, the date as text and the protected text: nothing that could identify the sender.</summary>
internal sealed class SuggestionDocument
{
    public const string DateFormat = "yyyy-MM-dd";

    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public string Date { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;

    public static SuggestionDocument From(AnonymousSuggestion s, string branchId) => new()
    {
        BranchId = branchId, Id = s.Id, Date = s.Date.ToString(DateFormat, System.Globalization.CultureInfo.InvariantCulture), Text = s.ProtectedText,
    };

    public AnonymousSuggestion ToSuggestion() =>
        new(Id, DateOnly.ParseExact(Date, DateFormat, System.Globalization.CultureInfo.InvariantCulture), Text);
}

internal sealed class TalkDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public string AuthorId { get; set; } = string.Empty;
    public string OtherId { get; set; } = string.Empty;
    public int Day { get; set; }
    public TalkForm Form { get; set; }
    public string Topics { get; set; } = string.Empty;
    public string? Issues { get; set; }
    public string? FollowUp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public static TalkDocument From(TalkRecord r, string branchId) => new()
    {
        BranchId = branchId, Id = r.Id, AuthorId = r.AuthorId, OtherId = r.OtherId, Day = r.Date.DayNumber, Form = r.Form, Topics = r.ProtectedTopics,
        Issues = r.ProtectedIssues, FollowUp = r.ProtectedFollowUp, CreatedAt = r.CreatedAt,
    };

    public TalkRecord ToRecord() => new()
    {
        Id = Id, AuthorId = AuthorId, OtherId = OtherId, Date = DateOnly.FromDayNumber(Day), Form = Form, ProtectedTopics = Topics,
        ProtectedIssues = Issues, ProtectedFollowUp = FollowUp, CreatedAt = CreatedAt,
    };
}

internal sealed class AssignmentDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public int Year { get; set; }
    public string FirstId { get; set; } = string.Empty;
    public string SecondId { get; set; } = string.Empty;
    public TalkPairType Type { get; set; }
    public int Round { get; set; }
    public int DueDay { get; set; }
    public string? PlannedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? PlanKey { get; set; }

    public static AssignmentDocument From(TalkAssignment a, string branchId) => new()
    {
        BranchId = branchId, Id = a.Id, Year = a.Year, FirstId = a.FirstId, SecondId = a.SecondId, Type = a.Type, Round = a.Round, DueDay = a.DueDate.DayNumber,
        PlannedBy = a.PlannedBy, CreatedAt = a.CreatedAt, PlanKey = a.PlanKey,
    };

    public TalkAssignment ToAssignment() => new()
    {
        Id = Id, Year = Year, FirstId = FirstId, SecondId = SecondId, Type = Type, Round = Round, DueDate = DateOnly.FromDayNumber(DueDay),
        PlannedBy = PlannedBy, CreatedAt = CreatedAt, PlanKey = PlanKey,
    };
}

internal sealed class AuditDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public DateTime AtUtc { get; set; }
    public string ViewerId { get; set; } = string.Empty;
    public AuditSubject Subject { get; set; }
    public string? RecordId { get; set; }
    public string? MemberId { get; set; }
    public bool Allowed { get; set; }

    public static AuditDocument From(AuditEntry e, string branchId) => new()
    {
        BranchId = branchId, Id = e.Id, AtUtc = e.At.UtcDateTime, ViewerId = e.ViewerId, Subject = e.Subject, RecordId = e.RecordId, MemberId = e.MemberId, Allowed = e.Allowed,
    };

    public AuditEntry ToEntry() => new()
    {
        Id = Id,
        // LiteDB hands dates back in the server's local time; ToUniversalTime keeps the instant on any server zone.
        At = new DateTimeOffset(AtUtc.ToUniversalTime()),
        ViewerId = ViewerId, Subject = Subject, RecordId = RecordId, MemberId = MemberId, Allowed = Allowed,
    };
}

internal sealed class TalkRequestDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public string FromId { get; set; } = string.Empty;
    public string ToId { get; set; } = string.Empty;
    public DateTime RequestedAtUtc { get; set; }

    public static TalkRequestDocument From(TalkRequest r, string branchId) => new()
    {
        BranchId = branchId, Id = r.Id, FromId = r.FromId, ToId = r.ToId, RequestedAtUtc = r.RequestedAt.UtcDateTime,
    };

    // LiteDB hands dates back in the server's local time; ToUniversalTime keeps the instant on any server zone.
    public TalkRequest ToRequest() => new() { Id = Id, FromId = FromId, ToId = ToId, RequestedAt = new DateTimeOffset(RequestedAtUtc.ToUniversalTime()) };
}
