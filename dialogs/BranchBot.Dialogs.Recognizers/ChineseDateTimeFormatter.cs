using System.Globalization;

namespace BranchBot.Dialogs.Recognizers;

/// <summary>Writes a recognised date-time back the way a confirmation reads: "2026年12月1日（星期二）14:30".</summary>
public static class ChineseDateTimeFormatter
{
    public static string Format(ResolvedDateTime value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var date = Format(value.Date);
        return value.Time is { } time ? $"{date}{time.ToString("HH:mm", CultureInfo.InvariantCulture)}" : date;
    }

    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日（{DateTimeTexts.Weekday(date.DayOfWeek)}）";
}
