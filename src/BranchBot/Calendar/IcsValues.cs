using System.Globalization;
using System.Text;

namespace BranchBot.Calendar;

/// <summary>DATE-TIME values in UTC ("20261201T070000Z") and DURATION values ("-P1D", "-PT1H30M").</summary>
public static class IcsValues
{
    public static string UtcDateTime(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan span)
    {
        var builder = new StringBuilder();
        if (span < TimeSpan.Zero)
        {
            builder.Append('-');
            span = span.Negate();
        }

        builder.Append('P');
        if (span.Days > 0)
        {
            builder.Append(span.Days).Append('D');
        }

        var time = span - TimeSpan.FromDays(span.Days);
        if (time > TimeSpan.Zero || span == TimeSpan.Zero)
        {
            builder.Append('T');
            if (time.Hours > 0)
            {
                builder.Append(time.Hours).Append('H');
            }

            if (time.Minutes > 0)
            {
                builder.Append(time.Minutes).Append('M');
            }

            if (time.Seconds > 0 || time == TimeSpan.Zero)
            {
                builder.Append(time.Seconds).Append('S');
            }
        }

        return builder.ToString();
    }
}
