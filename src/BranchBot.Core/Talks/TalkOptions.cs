namespace BranchBot.Core.Talks;

/// <summary>The Talks section of appsettings.json (谈心谈话).</summary>
public sealed class TalkOptions
{
    public const string SectionName = "Talks";

    /// <summary>Whether 党员之间 pairs count towards the yearly coverage; branches choose (default off).</summary>
    public bool TrackMemberPairs { get; set; }

    /// <summary>Days the secretary has to follow up a hardship (必访) before the task is overdue.</summary>
    public int FollowUpDueDays { get; set; } = 7;
}
