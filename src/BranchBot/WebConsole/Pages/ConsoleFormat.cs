using System.Globalization;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;

namespace BranchBot.WebConsole.Pages;

/// <summary>Dates, times and names as the console shows them (branch zone, Chinese forms).</summary>
internal static class ConsoleFormat
{
    public static string DateTime(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Names(IEnumerable<Member> members) =>
        string.Join("、", members.Select(m => m.Name)) is { Length: > 0 } names ? names : "—";

    public static string KindAndTopic(Meeting meeting) =>
        string.IsNullOrWhiteSpace(meeting.Topic) ? MeetingKinds.ToChinese(meeting.Kind) : $"{MeetingKinds.ToChinese(meeting.Kind)}：{meeting.Topic}";

    public static string MeetingLink(Meeting meeting) => "/console/meetings/detail?id=" + Uri.EscapeDataString(meeting.Id);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A year from the query, or the current one when missing or out of range.</summary>
    public static int YearOr(string? text, int current) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2200 ? year : current;
}
