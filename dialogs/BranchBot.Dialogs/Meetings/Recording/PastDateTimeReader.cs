using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Meetings.Recording;

/// <summary>What a typed time of a meeting already held resolves to.</summary>
/// <param name="Value">The recognised date (and time), resolved to the latest such moment not after now; null on a problem.</param>
/// <param name="Problem">A Chinese explanation: no time, an impossible date, or a time still to come.</param>
public sealed record PastDateTime(ResolvedDateTime? Value, string? Problem, string MatchedText, string Remainder);

/// <summary>
/// Reads a date and time for 补录, where the meeting is already over. The recognizer resolves words that leave
/// something open forwards ("10月15日" in November is next October); here they resolve backwards: the latest
/// moment so named that is not after now. Words that point ahead on their own (明天, 下周, 今年…) or an explicit
/// future date are refused, not shifted.
/// </summary>
public static class PastDateTimeReader
{
    /// <summary>
    /// Earlier references for the recognizer: each rolling rule (time alone → a day, weekday → a week, bare day → a
    /// month, month and day → a year) lands in the past from one of them, and the latest past result wins.
    /// </summary>
    private static readonly TimeSpan[] LookBacks = [TimeSpan.FromDays(1), TimeSpan.FromDays(7), TimeSpan.FromDays(32), TimeSpan.FromDays(366)];

    private static readonly string[] FutureWords = ["明", "后天", "下周", "下星期", "下礼拜", "下个", "下月", "今", "本周", "本月", "这周", "这个"];

    public static PastDateTime Read(string? text, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var found = ChineseDateTimeRecognizer.Recognize(text, now, zone);
        if (found.Status != DateTimeRecognitionStatus.Recognized)
        {
            return new PastDateTime(null, found.Problem ?? DateTimeTexts.NotFound, found.MatchedText, found.Remainder);
        }

        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        var value = found.Value!;
        if (!IsAfter(value, localNow))
        {
            return new PastDateTime(value, null, found.MatchedText, found.Remainder);
        }

        var pointsAhead = FutureWords.Any(w => found.MatchedText.Contains(w, StringComparison.Ordinal)) || found.MatchedText.Contains('年', StringComparison.Ordinal);
        var earlier = pointsAhead ? null : LookBacks
            .Select(back => ChineseDateTimeRecognizer.Recognize(found.MatchedText, now - back, zone))
            .Where(r => r.Status == DateTimeRecognitionStatus.Recognized && !IsAfter(r.Value!, localNow))
            .Select(r => r.Value!)
            .OrderByDescending(v => v.Value)
            .FirstOrDefault();
        return earlier is null
            ? new PastDateTime(null, RecordTexts.TimeAhead(found.MatchedText), found.MatchedText, found.Remainder)
            : new PastDateTime(earlier, null, found.MatchedText, found.Remainder);
    }

    /// <summary>A day alone is "after now" only when the whole day is still to come; today is fine.</summary>
    private static bool IsAfter(ResolvedDateTime value, DateTimeOffset localNow) =>
        value.HasTime ? value.Value > localNow : value.Date > DateOnly.FromDateTime(localNow.DateTime);
}
