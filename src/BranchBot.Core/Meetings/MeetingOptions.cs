namespace BranchBot.Core.Meetings;

/// <summary>The Meetings section of appsettings.json.</summary>
public sealed class MeetingOptions
{
    public const string SectionName = "Meetings";

    /// <summary>How long before the start reminders go out (default 1 day and 1 hour).</summary>
    public List<TimeSpan> ReminderOffsets { get; set; } = [];

    public TimeSpan CheckInOpensBefore { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan CheckInClosesAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Length of a meeting when the secretary gives only its start.</summary>
    public TimeSpan DefaultDuration { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How far ahead recurring plans create their occurrences.</summary>
    public int PlanHorizonDays { get; set; } = 45;

    public IReadOnlyList<TimeSpan> EffectiveReminderOffsets =>
        ReminderOffsets.Count > 0 ? ReminderOffsets : [TimeSpan.FromDays(1), TimeSpan.FromHours(1)];
}
