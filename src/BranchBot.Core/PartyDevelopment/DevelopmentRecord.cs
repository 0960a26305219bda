namespace BranchBot.Core.PartyDevelopment;

/// <summary>
/// The 发展党员 file of one person: who may not be in the chat (yet). <see cref="MemberId"/> links it to the roster
/// once a member of that name exists. Steps are kept in the order they were recorded.
/// </summary>
public sealed record DevelopmentRecord
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? MemberId { get; init; }

    public IReadOnlyList<DevelopmentStep> Steps { get; init; } = [];

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DevelopmentStage Stage => Latest(DevelopmentStepKind.DisqualificationApproval) is not null ? DevelopmentStage.Disqualified
        : Latest(DevelopmentStepKind.ConversionApproval) is not null ? DevelopmentStage.FullMember
        : Latest(DevelopmentStepKind.Approval) is not null ? DevelopmentStage.Probationary
        : Latest(DevelopmentStepKind.Candidate) is not null ? DevelopmentStage.Candidate
        : Latest(DevelopmentStepKind.Activist) is not null ? DevelopmentStage.Activist
        : DevelopmentStage.Applicant;

    /// <summary>
    /// A file ends with the 党委's approval of 转正 or of 取消资格; nothing more is recorded after. The 支部大会's
    /// decision alone does not end it: the 党委 may not approve (第三十二条).
    /// </summary>
    public bool IsClosed => Stage is DevelopmentStage.FullMember or DevelopmentStage.Disqualified;

    public DevelopmentStep? Latest(DevelopmentStepKind kind) =>
        Steps.Where(s => s.Kind == kind).OrderBy(s => s.Date).ThenBy(s => s.RecordedAt).LastOrDefault();

    public DateOnly? DateOf(DevelopmentStepKind kind) => Latest(kind)?.Date;

    /// <summary>The day the 预备期 is complete, from which 转正 may be decided: one year from the 支部大会 that accepted (第三十二条), plus the months of an extension when one was decided.</summary>
    public DateOnly? ProbationEnds => DateOf(DevelopmentStepKind.BranchMeeting) is { } accepted
        ? DevelopmentDates.AddYears(accepted, 1).AddMonths(Latest(DevelopmentStepKind.Extension)?.ExtensionMonths ?? 0)
        : null;

    /// <summary>
    /// The day the 党龄 counts from, once a 正式党员: the end of the 预备期 (or of its extension), not the day of the
    /// 支部大会 nor of the 党委's approval (党章 第七条: 党员的党龄，从预备期满转为正式党员之日算起).
    /// </summary>
    public DateOnly? PartyStandingFrom => Stage == DevelopmentStage.FullMember ? ProbationEnds : null;

    public DevelopmentRecord With(DevelopmentStep step) => this with { Steps = [.. Steps, step] };

    public static string NewId() => "pd_" + Guid.NewGuid().ToString("N")[..12];
}
