using BranchBot.Core.PartyDevelopment;

namespace BranchBot.Storage.LiteDb.PartyDevelopment;

/// <summary>A <see cref="DevelopmentRecord"/> with its steps inside; dates as day numbers, kinds and rules by name.</summary>
internal sealed class DevelopmentDocument
{
    public string Id { get; set; } = string.Empty;
    public string BranchId { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string? MemberId { get; set; }
    public List<DevelopmentStepDocument> Steps { get; set; } = [];
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }

    public static DevelopmentDocument From(DevelopmentRecord r, string branchId) => new()
    {
        Id = r.Id, BranchId = branchId, Name = r.Name, MemberId = r.MemberId, Steps = [.. r.Steps.Select(DevelopmentStepDocument.From)],
        CreatedBy = r.CreatedBy, CreatedAt = r.CreatedAt,
    };

    public DevelopmentRecord ToRecord() => new()
    {
        Id = Id, Name = Name, MemberId = MemberId, Steps = [.. Steps.Select(s => s.ToStep())], CreatedBy = CreatedBy, CreatedAt = CreatedAt,
    };
}

internal sealed class DevelopmentStepDocument
{
    public string Kind { get; set; } = string.Empty;
    public int Day { get; set; }
    public string? Note { get; set; }
    public List<string> People { get; set; } = [];
    public int? ExtensionMonths { get; set; }
    public int? VoteExpected { get; set; }
    public int? VotePresent { get; set; }
    public int? VoteInFavour { get; set; }
    public string? ExceptionReason { get; set; }
    public string? ExceptionTo { get; set; }
    public string RecordedBy { get; set; } = string.Empty;
    public DateTimeOffset RecordedAt { get; set; }

    public static DevelopmentStepDocument From(DevelopmentStep s) => new()
    {
        Kind = s.Kind.ToString(), Day = s.Date.DayNumber, Note = s.Note, People = [.. s.People], ExtensionMonths = s.ExtensionMonths,
        VoteExpected = s.Vote?.Expected, VotePresent = s.Vote?.Present, VoteInFavour = s.Vote?.InFavour,
        ExceptionReason = s.ExceptionReason, ExceptionTo = s.ExceptionTo?.ToString(), RecordedBy = s.RecordedBy, RecordedAt = s.RecordedAt,
    };

    public DevelopmentStep ToStep() => new()
    {
        Kind = Enum.Parse<DevelopmentStepKind>(Kind), Date = DateOnly.FromDayNumber(Day), Note = Note, People = [.. People], ExtensionMonths = ExtensionMonths,
        Vote = VoteExpected is { } expected ? new BranchMeetingVote(expected, VotePresent ?? 0, VoteInFavour ?? 0) : null,
        ExceptionReason = ExceptionReason, ExceptionTo = ExceptionTo is null ? null : Enum.Parse<DevelopmentRuleId>(ExceptionTo),
        RecordedBy = RecordedBy, RecordedAt = RecordedAt,
    };
}
