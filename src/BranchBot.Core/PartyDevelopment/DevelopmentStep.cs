namespace BranchBot.Core.PartyDevelopment;

/// <summary>One recorded step of a 发展党员 file. <see cref="ExceptionReason"/> is set when the secretary recorded it against a rule.</summary>
public sealed record DevelopmentStep
{
    public required DevelopmentStepKind Kind { get; init; }

    public required DateOnly Date { get; init; }

    public string? Note { get; init; }

    /// <summary>The people the step names: 培养联系人 or 入党介绍人.</summary>
    public IReadOnlyList<string> People { get; init; } = [];

    /// <summary>For <see cref="DevelopmentStepKind.Extension"/>: how many months the 预备期 is extended.</summary>
    public int? ExtensionMonths { get; init; }

    /// <summary>For <see cref="DevelopmentStepKind.BranchMeeting"/> and <see cref="DevelopmentStepKind.Conversion"/>: the count, when given.</summary>
    public BranchMeetingVote? Vote { get; init; }

    /// <summary>Why the secretary recorded this step although a rule refused it; shown in the file.</summary>
    public string? ExceptionReason { get; init; }

    /// <summary>The rule the exception was made against.</summary>
    public DevelopmentRuleId? ExceptionTo { get; init; }

    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>The same step on the same day with the same people, months and count: a message sent again, not a second step.</summary>
    public bool Repeats(DevelopmentStep other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Kind == other.Kind && Date == other.Date && People.SequenceEqual(other.People) && ExtensionMonths == other.ExtensionMonths && Vote == other.Vote;
    }
}
