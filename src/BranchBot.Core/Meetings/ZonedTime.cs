namespace BranchBot.Core.Meetings;

/// <summary>Turns a wall-clock time in a zone into an instant.</summary>
public static class ZonedTime
{
    /// <summary>
    /// A wall-clock time skipped by a daylight-saving jump moves forward by the jump; a repeated one takes its
    /// first (daylight) occurrence. Zones without daylight saving, such as Asia/Shanghai, map one to one.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wallClock))
        {
            var shifted = wallClock.AddHours(1);
            return new DateTimeOffset(shifted, zone.GetUtcOffset(shifted));
        }

        if (zone.IsAmbiguousTime(wallClock))
        {
            return new DateTimeOffset(wallClock, zone.GetAmbiguousTimeOffsets(wallClock).Max());
        }

        return new DateTimeOffset(wallClock, zone.GetUtcOffset(wallClock));
    }
}
