using System.Globalization;

namespace BranchBot.Scheduling;

/// <summary>The ISO week a weekly nudge belongs to, as used in its sent-marker key: <c>2026-W48</c>.</summary>
public static class NudgeWeek
{
    public static string Of(DateTimeOffset localNow)
    {
        var date = localNow.DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }
}
