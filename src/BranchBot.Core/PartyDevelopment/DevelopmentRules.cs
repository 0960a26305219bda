namespace BranchBot.Core.PartyDevelopment;

/// <summary>
/// The 发展党员 rule table (中国共产党发展党员工作细则, 2014): what must come before each step, the earliest date it
/// may carry, and the counts it needs. <see cref="Check"/> answers the first rule a new step breaks, or null.
/// </summary>
public static class DevelopmentRules
{
    public const string Chapter2 = "第二章";
    public const string Chapter3 = "第三章";
    public const string Chapter4 = "第四章";
    public const string Chapter5 = "第五章";

    /// <summary>Steps that may be recorded more than once (each 考察, a 公示 at each stage, a change of 培养联系人).</summary>
    public static readonly IReadOnlySet<DevelopmentStepKind> Repeatable = new HashSet<DevelopmentStepKind>
    {
        DevelopmentStepKind.Contacts, DevelopmentStepKind.ActivistReview, DevelopmentStepKind.Publicity, DevelopmentStepKind.ProbationReview,
    };

    private static readonly Dictionary<DevelopmentRuleId, DevelopmentRule> Table = new DevelopmentRule[]
    {
        new(DevelopmentRuleId.TalkAfterApplication, "第七条"),
        new(DevelopmentRuleId.ActivistAfterTalk, "第八条"),
        new(DevelopmentRuleId.ContactsAfterActivist, Chapter2),
        new(DevelopmentRuleId.ContactsCount, Chapter2, AllowsException: false),
        new(DevelopmentRuleId.ReviewAfterActivist, Chapter2),
        new(DevelopmentRuleId.CandidateAfterOneYear, "第十三条"),
        new(DevelopmentRuleId.IntroducersAfterCandidate, "第十四条"),
        new(DevelopmentRuleId.IntroducersCount, "第十四条", AllowsException: false),
        new(DevelopmentRuleId.PoliticalReviewAfterCandidate, Chapter3),
        new(DevelopmentRuleId.TrainingAfterCandidate, "第十七条"),
        new(DevelopmentRuleId.PreReviewNeedsPoliticalReview, "第十六条"),
        new(DevelopmentRuleId.PreReviewNeedsTraining, "第十七条"),
        new(DevelopmentRuleId.PublicityAfterCandidate, Chapter4),
        new(DevelopmentRuleId.FormAfterPreReview, "第十九条"),
        new(DevelopmentRuleId.MeetingNeedsForm, "第二十条"),
        new(DevelopmentRuleId.MeetingNeedsIntroducers, "第十四条"),
        new(DevelopmentRuleId.MeetingQuorum, "第二十条", AllowsException: false),
        new(DevelopmentRuleId.MeetingMajority, "第二十一条", AllowsException: false),
        new(DevelopmentRuleId.CommitteeTalkAfterMeeting, Chapter4),
        new(DevelopmentRuleId.ApprovalAfterMeeting, Chapter4),
        new(DevelopmentRuleId.ApprovalWithinSixMonths, Chapter4),
        new(DevelopmentRuleId.OathAfterApproval, "第三十条"),
        new(DevelopmentRuleId.ProbationReviewAfterApproval, "第三十一条"),
        new(DevelopmentRuleId.ConversionRequestAfterApproval, "第三十三条"),
        new(DevelopmentRuleId.ConversionNeedsRequest, "第三十三条"),
        new(DevelopmentRuleId.ConversionAfterProbation, "第三十二条"),
        new(DevelopmentRuleId.ExtensionAfterProbation, "第三十二条"),
        new(DevelopmentRuleId.ExtensionMonths, "第三十二条", AllowsException: false),
        new(DevelopmentRuleId.ExtensionOnce, "第三十二条"),
        new(DevelopmentRuleId.DisqualificationOfProbationary, "第三十二条"),
        new(DevelopmentRuleId.StepOnce, Chapter2, AllowsException: false),
        new(DevelopmentRuleId.NotBeforeEarlierStep, Chapter2),

        // 第三十三条 sets the 转正 procedure: the 支部大会's vote, then 报上级党委审批. (第三十四条 sets the three months;
        // both read in two copies of the 2014 text that agree, numbered as the 2014 细则, not the 1990 试行 one.)
        new(DevelopmentRuleId.ConversionApprovalAfterMeeting, "第三十三条"),

        // 第三十二条: 转正, 延长预备期 or 取消预备党员资格 each need the 支部大会 and the 上级党组织's approval. The
        // 细则 sets no time limit for approving an extension or a cancellation (第三十四条 speaks of 转正 only).
        new(DevelopmentRuleId.ExtensionApprovalAfterMeeting, "第三十二条"),
        new(DevelopmentRuleId.DisqualificationApprovalAfterMeeting, "第三十二条"),

        // While the 党委 has not decided on the 支部大会's extension or cancellation, the file waits for that decision:
        // 转正 is not discussed over a pending extension, and nothing but the approval follows a pending cancellation.
        new(DevelopmentRuleId.ConversionAwaitsExtensionApproval, "第三十二条"),
        new(DevelopmentRuleId.DisqualificationAwaitsApproval, "第三十二条"),

        // 党章 requires the higher organisation to send someone to talk with the applicant before approving; the 细则
        // repeats it in 第四章 (a 党委委员 or 组织员). The article number could not be checked, so the chapter is cited.
        new(DevelopmentRuleId.ApprovalNeedsCommitteeTalk, Chapter4),

        // The 细则 does not fix how long a 公示 lasts; 党委 rules in public sources set "不少于5个工作日". Usual practice.
        new(DevelopmentRuleId.PublicityFiveWorkingDays, Chapter4) { UsualPractice = true },
    }.ToDictionary(r => r.Id);

    public static DevelopmentRule Get(DevelopmentRuleId id) => Table[id];

    /// <summary>The first day an 积极分子 may become a 发展对象: one full year after the 支委会 decision (第十三条).</summary>
    public static DateOnly CandidateEligibleFrom(DateOnly activistSince) => DevelopmentDates.AddYears(activistSince, 1);

    /// <summary>The 党委 should decide within three months of the 支部大会; six at the most (第四章).</summary>
    public static DateOnly ApprovalDue(DateOnly branchMeeting) => DevelopmentDates.AddMonths(branchMeeting, 3);

    public static DateOnly ApprovalLimit(DateOnly branchMeeting) => DevelopmentDates.AddMonths(branchMeeting, 6);

    /// <summary>The 党委 should decide on the 支部大会's 转正 resolution within three months (第三十四条).</summary>
    public static DateOnly ConversionApprovalDue(DateOnly conversionMeeting) => DevelopmentDates.AddMonths(conversionMeeting, 3);

    /// <summary>The talk with the applicant within one month of receiving the application (第七条).</summary>
    public static DateOnly TalkDue(DateOnly application) => DevelopmentDates.AddMonths(application, 1);

    /// <summary>How many working days a 公示 usually lasts (practice, not the 细则's text).</summary>
    public const int PublicityWorkingDays = 5;

    /// <summary>
    /// The last day of a 公示 that starts on <paramref name="start"/>: its fifth working day, the start counted when it
    /// is one. Working days are Monday to Friday; the bot knows no public holidays, so over a holiday this is too early.
    /// </summary>
    public static DateOnly PublicityEnds(DateOnly start)
    {
        var day = start;
        var counted = IsWorkingDay(day) ? 1 : 0;
        while (counted < PublicityWorkingDays)
        {
            day = day.AddDays(1);
            counted += IsWorkingDay(day) ? 1 : 0;
        }

        return day;
    }

    /// <summary>
    /// The 政审 date when it was more than a year before <paramref name="asOf"/> (the 支部大会, or today before it). The
    /// 细则 sets no validity for a 政审, so this is only shown, never enforced; many 党委 ask for it to be redone.
    /// </summary>
    public static DateOnly? PoliticalReviewOverAYearOld(DevelopmentRecord record, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var asOf = record.DateOf(DevelopmentStepKind.BranchMeeting) ?? today;
        return record.DateOf(DevelopmentStepKind.PoliticalReview) is { } reviewed && DevelopmentDates.AddYears(reviewed, 1) < asOf ? reviewed : null;
    }

    private static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The first rule that recording <paramref name="step"/> would break, or null when it may be recorded.</summary>
    public static DevelopmentRule? Check(DevelopmentRecord record, DevelopmentStep step)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(step);
        var id = CountRule(step) ?? OnceRule(record, step) ?? PendingDecisionRule(record, step) ?? OrderRule(record, step) ?? PublicityRule(record, step);
        return id is { } found ? Get(found) : null;
    }

    private static DevelopmentRuleId? CountRule(DevelopmentStep step) => step.Kind switch
    {
        DevelopmentStepKind.Contacts when step.People.Count is < 1 or > 2 => DevelopmentRuleId.ContactsCount,
        DevelopmentStepKind.Introducers when step.People.Count != 2 => DevelopmentRuleId.IntroducersCount,
        DevelopmentStepKind.Extension when step.ExtensionMonths is not (>= 6 and <= 12) => DevelopmentRuleId.ExtensionMonths,
        DevelopmentStepKind.BranchMeeting or DevelopmentStepKind.Conversion when step.Vote is { HasQuorum: false } => DevelopmentRuleId.MeetingQuorum,
        DevelopmentStepKind.BranchMeeting or DevelopmentStepKind.Conversion when step.Vote is { Carried: false } => DevelopmentRuleId.MeetingMajority,
        _ => null,
    };

    private static DevelopmentRuleId? OnceRule(DevelopmentRecord record, DevelopmentStep step) => step.Kind switch
    {
        DevelopmentStepKind.Extension when record.Latest(DevelopmentStepKind.Extension) is not null => DevelopmentRuleId.ExtensionOnce,
        _ when !Repeatable.Contains(step.Kind) && record.Latest(step.Kind) is not null => DevelopmentRuleId.StepOnce,
        _ => null,
    };

    /// <summary>
    /// A 支部大会 decision to cancel or to extend that the 党委 has not yet approved (第三十二条) holds the file: after a
    /// cancellation only its approval may be recorded; over an extension neither the 转正 discussion nor its approval.
    /// A 转正 discussion already recorded as an exception to the wait (the 党委 did not approve the extension) carries
    /// its approval with it, so the approval is not refused a second time.
    /// </summary>
    private static DevelopmentRuleId? PendingDecisionRule(DevelopmentRecord record, DevelopmentStep step)
    {
        if (record.Latest(DevelopmentStepKind.Disqualification) is not null && record.Latest(DevelopmentStepKind.DisqualificationApproval) is null)
        {
            return step.Kind == DevelopmentStepKind.DisqualificationApproval ? null : DevelopmentRuleId.DisqualificationAwaitsApproval;
        }

        if (record.Latest(DevelopmentStepKind.Extension) is null || record.Latest(DevelopmentStepKind.ExtensionApproval) is not null)
        {
            return null;
        }

        return step.Kind switch
        {
            DevelopmentStepKind.Conversion => DevelopmentRuleId.ConversionAwaitsExtensionApproval,
            DevelopmentStepKind.ConversionApproval when record.Latest(DevelopmentStepKind.Conversion) is not { ExceptionTo: DevelopmentRuleId.ConversionAwaitsExtensionApproval } => DevelopmentRuleId.ConversionAwaitsExtensionApproval,
            _ => null,
        };
    }

    /// <summary>The 支部大会 (接收 or 转正) meets only after the 公示 before it has run its working days.</summary>
    private static DevelopmentRuleId? PublicityRule(DevelopmentRecord record, DevelopmentStep step)
    {
        if (step.Kind is not (DevelopmentStepKind.BranchMeeting or DevelopmentStepKind.Conversion))
        {
            return null;
        }

        var since = step.Kind == DevelopmentStepKind.Conversion ? record.DateOf(DevelopmentStepKind.Approval) : record.DateOf(DevelopmentStepKind.Candidate);
        var publicity = record.Steps.Where(s => s.Kind == DevelopmentStepKind.Publicity && s.Date <= step.Date && (since is null || s.Date >= since))
            .Select(s => (DateOnly?)s.Date).Max();
        return publicity is { } start && step.Date <= PublicityEnds(start) ? DevelopmentRuleId.PublicityFiveWorkingDays : null;
    }

    private static DevelopmentRuleId? OrderRule(DevelopmentRecord record, DevelopmentStep step)
    {
        DevelopmentRuleId? Needs(DevelopmentStepKind earlier, DevelopmentRuleId rule) =>
            record.DateOf(earlier) is not { } date ? rule
            : step.Date < date ? DevelopmentRuleId.NotBeforeEarlierStep
            : null;

        return step.Kind switch
        {
            DevelopmentStepKind.Application => null,
            DevelopmentStepKind.ApplicationTalk => Needs(DevelopmentStepKind.Application, DevelopmentRuleId.TalkAfterApplication),
            DevelopmentStepKind.Activist => Needs(DevelopmentStepKind.ApplicationTalk, DevelopmentRuleId.ActivistAfterTalk),
            DevelopmentStepKind.Contacts => Needs(DevelopmentStepKind.Activist, DevelopmentRuleId.ContactsAfterActivist),
            DevelopmentStepKind.ActivistReview => Needs(DevelopmentStepKind.Activist, DevelopmentRuleId.ReviewAfterActivist),
            DevelopmentStepKind.Candidate => Needs(DevelopmentStepKind.Activist, DevelopmentRuleId.CandidateAfterOneYear)
                ?? (step.Date < CandidateEligibleFrom(record.DateOf(DevelopmentStepKind.Activist)!.Value) ? DevelopmentRuleId.CandidateAfterOneYear : null),
            DevelopmentStepKind.Introducers => Needs(DevelopmentStepKind.Candidate, DevelopmentRuleId.IntroducersAfterCandidate),
            DevelopmentStepKind.PoliticalReview => Needs(DevelopmentStepKind.Candidate, DevelopmentRuleId.PoliticalReviewAfterCandidate),
            DevelopmentStepKind.Training => Needs(DevelopmentStepKind.Candidate, DevelopmentRuleId.TrainingAfterCandidate),
            DevelopmentStepKind.PreReview => Needs(DevelopmentStepKind.PoliticalReview, DevelopmentRuleId.PreReviewNeedsPoliticalReview)
                ?? Needs(DevelopmentStepKind.Training, DevelopmentRuleId.PreReviewNeedsTraining),
            DevelopmentStepKind.Publicity => Needs(DevelopmentStepKind.Candidate, DevelopmentRuleId.PublicityAfterCandidate),
            DevelopmentStepKind.VolunteerForm => Needs(DevelopmentStepKind.PreReview, DevelopmentRuleId.FormAfterPreReview),
            DevelopmentStepKind.BranchMeeting => Needs(DevelopmentStepKind.VolunteerForm, DevelopmentRuleId.MeetingNeedsForm)
                ?? Needs(DevelopmentStepKind.Introducers, DevelopmentRuleId.MeetingNeedsIntroducers),
            DevelopmentStepKind.CommitteeTalk => Needs(DevelopmentStepKind.BranchMeeting, DevelopmentRuleId.CommitteeTalkAfterMeeting),
            DevelopmentStepKind.Approval => Needs(DevelopmentStepKind.BranchMeeting, DevelopmentRuleId.ApprovalAfterMeeting)
                ?? Needs(DevelopmentStepKind.CommitteeTalk, DevelopmentRuleId.ApprovalNeedsCommitteeTalk)
                ?? (step.Date > ApprovalLimit(record.DateOf(DevelopmentStepKind.BranchMeeting)!.Value) ? DevelopmentRuleId.ApprovalWithinSixMonths : null),
            DevelopmentStepKind.Oath => Needs(DevelopmentStepKind.Approval, DevelopmentRuleId.OathAfterApproval),
            DevelopmentStepKind.ProbationReview => Needs(DevelopmentStepKind.Approval, DevelopmentRuleId.ProbationReviewAfterApproval),
            DevelopmentStepKind.ConversionRequest => Needs(DevelopmentStepKind.Approval, DevelopmentRuleId.ConversionRequestAfterApproval),
            DevelopmentStepKind.Conversion => Needs(DevelopmentStepKind.Approval, DevelopmentRuleId.ConversionAfterProbation)
                ?? Needs(DevelopmentStepKind.ConversionRequest, DevelopmentRuleId.ConversionNeedsRequest)
                ?? (step.Date < record.ProbationEnds ? DevelopmentRuleId.ConversionAfterProbation : null),
            DevelopmentStepKind.Extension => Needs(DevelopmentStepKind.Approval, DevelopmentRuleId.ExtensionAfterProbation)
                ?? (step.Date < record.ProbationEnds ? DevelopmentRuleId.ExtensionAfterProbation : null),
            DevelopmentStepKind.Disqualification => Needs(DevelopmentStepKind.Approval, DevelopmentRuleId.DisqualificationOfProbationary),
            DevelopmentStepKind.ConversionApproval => Needs(DevelopmentStepKind.Conversion, DevelopmentRuleId.ConversionApprovalAfterMeeting),
            DevelopmentStepKind.ExtensionApproval => Needs(DevelopmentStepKind.Extension, DevelopmentRuleId.ExtensionApprovalAfterMeeting),
            DevelopmentStepKind.DisqualificationApproval => Needs(DevelopmentStepKind.Disqualification, DevelopmentRuleId.DisqualificationApprovalAfterMeeting),
            _ => null,
        };
    }
}
