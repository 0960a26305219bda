using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Recognizers;

/// <summary>
/// The end of a time range typed after its start ("下午2点到5点", "今晚10点50到11点", "七点半至九点"): the text right
/// after the start, from its range mark (到, 至, -, ~, —) to a time of day, read on the start's day.
/// </summary>
public static partial class TimeRangeEnd
{
    /// <summary>The longest a range may run: longer is taken for a mistake and asked about.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromHours(12);

    /// <summary>Whether <paramref name="text"/> (what follows the start) begins with a range mark.</summary>
    public static bool StartsRange(string text) => RangeMark().IsMatch(text.TrimStart());

    /// <summary>
    /// Reads the end from <paramref name="text"/>, which follows the start: null when it does not begin with a range
    /// mark and a time of day. Otherwise the end, or null in <c>At</c> with the end's words when it is not after the
    /// start (or over <see cref="Longest"/> after it), and what is left of the text after the end.
    /// </summary>
    public static (DateTimeOffset? At, string Said, string After)? Read(string text, DateTimeOffset start, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(zone);
        var trimmed = text.TrimStart();
        var mark = RangeMark().Match(trimmed);
        if (!mark.Success)
        {
            return null;
        }

        var typed = trimmed[mark.Length..].TrimStart();
        var end = ChineseDateTimeRecognizer.Recognize(typed, now, zone);
        if (!end.Succeeded || end.Value!.Time is not { } endTime || end.Start != 0)
        {
            return null;
        }

        var localStart = TimeZoneInfo.ConvertTime(start, zone);
        var at = new DateTimeOffset(localStart.Date + endTime.ToTimeSpan(), localStart.Offset);
        if (at <= localStart && endTime.Hour < 12 && at.AddHours(12) > localStart)
        {
            at = at.AddHours(12); // "下午2点到5点", "今晚10点50到11点": the end's hour read in the start's half of the day
        }

        var valid = at > localStart && at - localStart <= Longest;
        return (valid ? at : null, end.MatchedText, end.Remainder.Trim());
    }

    [GeneratedRegex(@"^(到|至|-|－|~|～|—)")]
    private static partial Regex RangeMark();
}
