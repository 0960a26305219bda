namespace BranchBot.Core.PartyDevelopment;

/// <summary>The next step of a file and the dates it waits for, computed from its steps and today.</summary>
public static class DevelopmentSchedule
{
    /// <summary>The path of a file that ends in 转正, in order; 考察 and 延长 are recorded beside it.</summary>
    public static readonly IReadOnlyList<DevelopmentStepKind> Path =
    [
        DevelopmentStepKind.Application,
        DevelopmentStepKind.ApplicationTalk,
        DevelopmentStepKind.Activist,
        DevelopmentStepKind.Contacts,
        DevelopmentStepKind.Candidate,
        DevelopmentStepKind.Introducers,
        DevelopmentStepKind.PoliticalReview,
        DevelopmentStepKind.Training,
        DevelopmentStepKind.PreReview,
        DevelopmentStepKind.Publicity,
        DevelopmentStepKind.VolunteerForm,
        DevelopmentStepKind.BranchMeeting,
        DevelopmentStepKind.CommitteeTalk,
        DevelopmentStepKind.Approval,
        DevelopmentStepKind.Oath,
        DevelopmentStepKind.ConversionRequest,
        DevelopmentStepKind.Conversion,
        DevelopmentStepKind.ConversionApproval,
    ];

    /// <summary>The first step of the path not yet recorded, with the earliest date it may carry and its deadline; null for a closed file.</summary>
    public static NextStep? Next(DevelopmentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.IsClosed)
        {
            return null;
        }

        // A 支部大会 decision to cancel or to extend waits for the 党委's approval (第三十二条), which the 细则 gives no time limit.
        if (record.Latest(DevelopmentStepKind.Disqualification) is not null)
        {
            return new NextStep(DevelopmentStepKind.DisqualificationApproval, null, null);
        }

        if (record.Latest(DevelopmentStepKind.Extension) is not null && record.Latest(DevelopmentStepKind.ExtensionApproval) is null && record.Latest(DevelopmentStepKind.Conversion) is null)
        {
            return new NextStep(DevelopmentStepKind.ExtensionApproval, null, null);
        }

        // Forward from the furthest step recorded: a step left out earlier (a 公示 kept elsewhere) is not asked for again.
        var furthest = Path.Select((k, i) => (k, i)).Where(p => record.Latest(p.k) is not null).Max(p => p.i);
        var kind = Path[Math.Min(furthest + 1, Path.Count - 1)];
        var earliest = kind switch
        {
            DevelopmentStepKind.Candidate when record.DateOf(DevelopmentStepKind.Activist) is { } since => DevelopmentRules.CandidateEligibleFrom(since),
            DevelopmentStepKind.Conversion or DevelopmentStepKind.ConversionRequest => record.ProbationEnds,
            _ => (DateOnly?)null,
        };
        var deadline = kind switch
        {
            DevelopmentStepKind.ApplicationTalk => DevelopmentRules.TalkDue(record.DateOf(DevelopmentStepKind.Application)!.Value),
            DevelopmentStepKind.Approval or DevelopmentStepKind.CommitteeTalk when record.DateOf(DevelopmentStepKind.BranchMeeting) is { } meeting => DevelopmentRules.ApprovalDue(meeting),
            DevelopmentStepKind.ConversionApproval => DevelopmentRules.ConversionApprovalDue(record.DateOf(DevelopmentStepKind.Conversion)!.Value),
            _ => (DateOnly?)null,
        };
        return new NextStep(kind, earliest, deadline);
    }

    /// <summary>Everything the file waits for, earliest first.</summary>
    public static IReadOnlyList<DevelopmentDue> Due(DevelopmentRecord record, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var due = new List<DevelopmentDue>();

        // Once the 支部大会 has decided to cancel, nothing falls due: the file waits for the 党委, without a time limit.
        if (record.IsClosed || record.Latest(DevelopmentStepKind.Disqualification) is not null)
        {
            return due;
        }

        // Being eligible is not being late: only the other items turn overdue.
        void Add(DevelopmentDueKind kind, DateOnly date) => due.Add(new DevelopmentDue(kind, date, kind != DevelopmentDueKind.CandidateEligible && date < today));

        if (record.DateOf(DevelopmentStepKind.Application) is { } application && record.Latest(DevelopmentStepKind.ApplicationTalk) is null)
        {
            Add(DevelopmentDueKind.ApplicationTalk, DevelopmentRules.TalkDue(application));
        }

        if (record.DateOf(DevelopmentStepKind.Activist) is { } activist && record.Latest(DevelopmentStepKind.BranchMeeting) is null)
        {
            var lastReview = record.DateOf(DevelopmentStepKind.ActivistReview) is { } reviewed && reviewed > activist ? reviewed : activist;
            Add(DevelopmentDueKind.HalfYearReview, DevelopmentDates.AddMonths(lastReview, 6));
            if (record.Latest(DevelopmentStepKind.Candidate) is null)
            {
                Add(DevelopmentDueKind.CandidateEligible, DevelopmentRules.CandidateEligibleFrom(activist));
            }
        }

        if (record.DateOf(DevelopmentStepKind.BranchMeeting) is { } meeting && record.Latest(DevelopmentStepKind.Approval) is null)
        {
            Add(DevelopmentDueKind.Approval, DevelopmentRules.ApprovalDue(meeting));
        }

        if (record.DateOf(DevelopmentStepKind.Conversion) is { } converted)
        {
            // The 支部大会 has decided 转正: the file now waits for the 党委 only.
            Add(DevelopmentDueKind.ConversionApproval, DevelopmentRules.ConversionApprovalDue(converted));
        }
        else if (record.Latest(DevelopmentStepKind.Approval) is not null && record.ProbationEnds is { } ends)
        {
            // Half-yearly, from the 支部大会 that accepted or the last 考察; the one that would fall at the end is the 转正 discussion itself.
            var accepted = record.DateOf(DevelopmentStepKind.BranchMeeting)!.Value;
            var lastReview = record.DateOf(DevelopmentStepKind.ProbationReview) is { } probationReviewed && probationReviewed > accepted ? probationReviewed : accepted;
            var review = DevelopmentDates.AddMonths(lastReview, 6);
            if (review < ends)
            {
                Add(DevelopmentDueKind.ProbationReview, review);
            }

            Add(record.Latest(DevelopmentStepKind.Extension) is null ? DevelopmentDueKind.ProbationEnds : DevelopmentDueKind.ExtensionEnds, ends);
        }

        return [.. due.OrderBy(d => d.Date)];
    }
}

/// <summary>The next step on a file's path: the earliest date it may carry and the date it is due by, where the 细则 sets one.</summary>
public sealed record NextStep(DevelopmentStepKind Kind, DateOnly? Earliest, DateOnly? Deadline);
