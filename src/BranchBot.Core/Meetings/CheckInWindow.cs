namespace BranchBot.Core.Meetings;

/// <summary>When 签到 is accepted for a meeting: from <see cref="Opens"/> (inclusive) to <see cref="Closes"/> (exclusive).</summary>
public sealed record CheckInWindow(DateTimeOffset Opens, DateTimeOffset Closes)
{
    /// <summary>Opens CheckInOpensBefore before the start and closes CheckInClosesAfter after the start (not the end).</summary>
    public static CheckInWindow Of(Meeting meeting, MeetingOptions options)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(options);
        return new(meeting.StartsAt - options.CheckInOpensBefore, meeting.StartsAt + options.CheckInClosesAfter);
    }

    public bool Contains(DateTimeOffset instant) => instant >= Opens && instant < Closes;
}
