using System.Globalization;

namespace BranchBot.Core.Meetings;

/// <summary>Short Chinese wording of meeting times in the branch's zone, for the domain's own messages.</summary>
internal static class MeetingTimeText
{
    private static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    /// <summary>"11月26日（星期四）15:00".</summary>
    public static string DateAndTime(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return string.Create(CultureInfo.InvariantCulture, $"{local.Month}月{local.Day}日（{Weekdays[(int)local.DayOfWeek]}）{local:HH:mm}");
    }

    /// <summary>"15:00" on the same local day as <paramref name="sameDayAs"/>, otherwise the full date and time.</summary>
    public static string TimeOrDateAndTime(DateTimeOffset instant, DateTimeOffset sameDayAs, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.Date == TimeZoneInfo.ConvertTime(sameDayAs, zone).Date
            ? local.ToString("HH:mm", CultureInfo.InvariantCulture)
            : DateAndTime(instant, zone);
    }

    /// <summary>"11月26日（星期四）15:00的党员大会「学习二十大精神」".</summary>
    public static string Describe(Meeting meeting, TimeZoneInfo zone)
    {
        var topic = meeting.Topic is null ? string.Empty : $"「{meeting.Topic}」";
        return $"{DateAndTime(meeting.StartsAt, zone)}的{MeetingKinds.ToChinese(meeting.Kind)}{topic}";
    }
}
