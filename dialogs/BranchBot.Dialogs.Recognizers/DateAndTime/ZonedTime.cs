namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>Turns a wall-clock date and time in a zone into an instant, across daylight-saving changes.</summary>
internal static class ZonedTime
{
    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);

        // Spring forward: 02:30 does not exist on that night, so the clock reading moves on by the gap (03:30).
        if (zone.IsInvalidTime(local))
        {
            var gap = zone.GetUtcOffset(local.AddHours(6)) - zone.GetUtcOffset(local.AddHours(-6));
            local = local.Add(gap);
        }

        // Fall back: 01:30 happens twice; a meeting means the first one, which has the larger (summer) offset.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
