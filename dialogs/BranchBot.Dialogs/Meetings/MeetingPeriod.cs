using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// "下周", "这个星期", "下个月": a week (Monday to Sunday) or a calendar month named in a question about the meetings
/// ahead ("下周有啥会"), which then lists that period's meetings only. A day inside it ("下周三", "下个月5号") is no period.
/// </summary>
public sealed partial record MeetingPeriod(DateOnly From, DateOnly To, string Said)
{
    /// <summary>The period named in <paramref name="text"/> and the text without it, or null when none is named.</summary>
    public static (MeetingPeriod Period, string Remaining)? Read(string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Named().Match(text) is not { Success: true } named)
        {
            return null;
        }

        var next = named.Groups["which"].Value.StartsWith('下');
        var period = named.Groups["unit"].Value == "月" ? Month(today, next) : Week(today, next);
        return (period, text.Remove(named.Index, named.Length).Trim());
    }

    /// <summary>The words that name a period in <paramref name="text"/> ("下周", "这个月"), or an empty string.</summary>
    public static string WordsIn(string text) => Named().Match(text ?? string.Empty).Value;

    public bool Contains(Meeting meeting, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(meeting.StartsAt, zone).DateTime);
        return day >= From && day <= To;
    }

    private static MeetingPeriod Week(DateOnly today, bool next)
    {
        var monday = ChineseWeek.MondayOf(today).AddDays(next ? 7 : 0);
        var sunday = monday.AddDays(6);
        return new MeetingPeriod(monday, sunday, $"{(next ? "下周" : "本周")}（{monday.Month}月{monday.Day}日至{sunday.Month}月{sunday.Day}日）");
    }

    private static MeetingPeriod Month(DateOnly today, bool next)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(next ? 1 : 0);
        var year = first.Year == today.Year ? string.Empty : first.Year.ToString(CultureInfo.InvariantCulture) + "年";
        return new MeetingPeriod(first, first.AddMonths(1).AddDays(-1), $"{(next ? "下个月" : "本月")}（{year}{first.Month}月）");
    }

    // Not followed by a day's number or name: "下周三", "下周末", "下个月5号", "下个月十号" name a day.
    [GeneratedRegex(@"(?<which>这|本|下|下一)个?(?<unit>周|星期|礼拜|月)(?![一二三四五六七八九十日天末\d〇两])")]
    private static partial Regex Named();
}
