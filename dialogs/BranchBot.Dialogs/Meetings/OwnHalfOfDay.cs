using BranchBot.Core.Meetings;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// A new time for a scheduled meeting said as a bare hour ("改成七点半", "挪到八点"): the date reader takes 7-11 as
/// morning and 1-6 as afternoon, but for a meeting that already has a time the member means the hour nearer to it,
/// so "七点半" for a 支委会 at 19:00 is 19:30, not 07:30. An hour said with 上午/下午/晚上 or as "09:00" stays as said.
/// </summary>
public static class OwnHalfOfDay
{
    /// <summary>The time of day read, or the same hour in the other half of the day when that is nearer to the meeting's own.</summary>
    public static TimeOnly Nearer(TimeOnly read, bool periodAssumed, TimeOnly own)
    {
        if (!periodAssumed)
        {
            return read;
        }

        var other = read.AddHours(read.Hour < 12 ? 12 : -12);
        return Distance(other, own) < Distance(read, own) ? other : read;
    }

    /// <summary>An instant moved into the meeting's half of the day, on the same local date.</summary>
    public static DateTimeOffset Nearer(DateTimeOffset read, bool periodAssumed, DateTimeOffset own, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(read, zone);
        var time = Nearer(TimeOnly.FromDateTime(local.DateTime), periodAssumed, TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(own, zone).DateTime));
        return time == TimeOnly.FromDateTime(local.DateTime) ? read : ZonedTime.ToInstant(DateOnly.FromDateTime(local.DateTime).ToDateTime(time), zone);
    }

    private static double Distance(TimeOnly one, TimeOnly other) => Math.Abs((one.ToTimeSpan() - other.ToTimeSpan()).TotalMinutes);
}
