namespace BranchBot.Core.Dues;

/// <summary>The Dues section of appsettings.json (党费).</summary>
public sealed class DuesOptions
{
    public const string SectionName = "Dues";

    /// <summary>The day of the month from which members who have not paid the month are reminded (1–28).</summary>
    public int ReminderDay { get; set; } = 10;

    /// <summary>How many months ahead a member may prepay (第十二条 allows a quarter at once with the branch's consent).</summary>
    public int MaxMonthsAhead { get; set; } = 12;
}
