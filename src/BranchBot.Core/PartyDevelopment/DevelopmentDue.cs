namespace BranchBot.Core.PartyDevelopment;

/// <summary>What a 发展党员 file is waiting for, with the date it falls due.</summary>
public enum DevelopmentDueKind
{
    /// <summary>The talk with the applicant, due one month after the application (第七条).</summary>
    ApplicationTalk = 0,

    /// <summary>The half-yearly 考察 of an 积极分子 or 发展对象.</summary>
    HalfYearReview = 1,

    /// <summary>One year as 积极分子 is complete: the 支委会 may consider 发展对象 (第十三条).</summary>
    CandidateEligible = 2,

    /// <summary>The 党委's decision on the 支部大会's resolution, due within three months.</summary>
    Approval = 3,

    /// <summary>The 预备期 is complete: 转正 to be discussed (第三十二条).</summary>
    ProbationEnds = 4,

    /// <summary>The extended 预备期 is complete: 转正 or 取消资格 to be discussed.</summary>
    ExtensionEnds = 5,

    /// <summary>The 党委's decision on the 支部大会's 转正 resolution, due within three months (第三十四条).</summary>
    ConversionApproval = 6,

    /// <summary>The half-yearly 考察 of a 预备党员, counted from the 支部大会 or the last 预备期考察 (第五章).</summary>
    ProbationReview = 7,
}

/// <summary>A due item of one file; <see cref="Overdue"/> when its date has passed.</summary>
public sealed record DevelopmentDue(DevelopmentDueKind Kind, DateOnly Date, bool Overdue);
