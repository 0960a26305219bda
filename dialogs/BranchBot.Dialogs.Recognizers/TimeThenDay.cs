namespace BranchBot.Dialogs.Recognizers;

/// <summary>
/// "晚上七点半 后天 党小组会", "两点半支委会 明天": a clock time said before its day, as people add the day as an
/// afterthought. The readers take the first expression only, so the time would be today's and the day left over; the
/// day is moved in front of the time ("后天晚上七点半 党小组会"), where it is read as one expression.
/// </summary>
public static class TimeThenDay
{
    public static string Join(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        var time = ChineseDateTimeRecognizer.Recognize(text, now, zone);
        if (!time.Succeeded || time.Value!.Parts != DateTimeParts.TimeOnly)
        {
            return text;
        }

        var end = time.Start + time.Length;
        var day = ChineseDateTimeRecognizer.Recognize(text[end..], now, zone);
        if (!day.Succeeded || day.Value!.Parts != DateTimeParts.DateOnly)
        {
            return text;
        }

        var dayStart = end + day.Start;
        return text.Remove(dayStart, day.Length).Insert(time.Start, day.MatchedText.Trim());
    }
}
