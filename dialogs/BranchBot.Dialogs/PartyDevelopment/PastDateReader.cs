using BranchBot.Core.Time;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>
/// Reads the date of a step that has happened: 「今天」「3月5日」「2026年3月5日」. A month and day without a year that
/// would fall after today is last year's (a record is written after the event); nothing else is guessed.
/// </summary>
public static class PastDateReader
{
    /// <summary>What was read: the date, or the text that looked like a date and could not be read (asked back), and what is left.</summary>
    public sealed record Reading(DateOnly? Date, string? Unreadable, string Remainder);

    public static Reading Read(string text, BranchClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.Now;
        var recognition = ChineseDateTimeRecognizer.Recognize(text, now, clock.Zone);
        if (recognition.Status == DateTimeRecognitionStatus.NotFound)
        {
            return new Reading(null, null, text);
        }

        if (recognition.Value is not { } value)
        {
            return new Reading(null, recognition.MatchedText.Length > 0 ? recognition.MatchedText : text, recognition.Remainder);
        }

        var date = value.Date;
        var today = DateOnly.FromDateTime(now.DateTime);
        var matched = recognition.MatchedText;
        if (date > today && matched.Contains('月', StringComparison.Ordinal) && !matched.Contains('年', StringComparison.Ordinal)
            && !matched.Contains('下', StringComparison.Ordinal))
        {
            date = date.AddYears(-1);
        }

        return new Reading(date, null, recognition.Remainder);
    }
}
