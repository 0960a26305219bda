namespace BranchBot.Core.Meetings;

public enum CompliancePeriod
{
    Month,
    Quarter,
    Year,
}

/// <summary>One rule: at least <see cref="MinimumCount"/> meetings of a kind in every period (per 党小组 for 党小组会).</summary>
public sealed class ComplianceRule
{
    public MeetingKind Kind { get; set; }

    public CompliancePeriod Period { get; set; }

    public int MinimumCount { get; set; } = 1;

    /// <summary>The regulation and article the rule comes from, cited in nudges and the 台账.</summary>
    public string Basis { get; set; } = string.Empty;
}

/// <summary>The Compliance section of appsettings.json; the defaults follow the regulations (see the facts sheet).</summary>
public sealed class ComplianceOptions
{
    public const string SectionName = "Compliance";

    public int NudgeDaysBefore { get; set; } = 7;

    /// <summary>Replaces the defaults when configured.</summary>
    public List<ComplianceRule> Rules { get; set; } = [];

    public IReadOnlyList<ComplianceRule> EffectiveRules => Rules.Count > 0 ? Rules : Defaults;

    public static IReadOnlyList<ComplianceRule> Defaults { get; } =
    [
        new() { Kind = MeetingKind.GeneralMeeting, Period = CompliancePeriod.Quarter, Basis = "《中国共产党支部工作条例（试行）》第十一条" },
        new() { Kind = MeetingKind.CommitteeMeeting, Period = CompliancePeriod.Month, Basis = "《中国共产党支部工作条例（试行）》第十二条" },
        new() { Kind = MeetingKind.GroupMeeting, Period = CompliancePeriod.Month, Basis = "《中国共产党支部工作条例（试行）》第十三条" },
        new() { Kind = MeetingKind.PartyLecture, Period = CompliancePeriod.Quarter, Basis = "各地常见做法，条例未规定次数" },
        new() { Kind = MeetingKind.ThemedPartyDay, Period = CompliancePeriod.Month, Basis = "《中国共产党党员教育管理工作条例》第十六条" },
        new() { Kind = MeetingKind.OrganizationalLifeMeeting, Period = CompliancePeriod.Year, Basis = "《中国共产党党员教育管理工作条例》第十七条" },
        new() { Kind = MeetingKind.DemocraticReview, Period = CompliancePeriod.Year, Basis = "《中国共产党党员教育管理工作条例》第十八条" },
    ];
}
