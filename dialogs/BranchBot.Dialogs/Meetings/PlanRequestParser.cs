using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// Reads a recurring plan: "每月15日下午3点 主题党日 党员活动室 重温入党誓词" or
/// "每季度第一个月10号下午2点 党员大会 …". The rhythm comes first, then the day of the month, the time, and the
/// rest as in a one-line 安排.
/// </summary>
public static class PlanRequestParser
{
    private static readonly (string Word, RecurrenceFrequency Frequency)[] Rhythms =
    [
        ("每个季度", RecurrenceFrequency.Quarterly), ("每季度", RecurrenceFrequency.Quarterly), ("每季", RecurrenceFrequency.Quarterly),
        ("每个月", RecurrenceFrequency.Monthly), ("每月", RecurrenceFrequency.Monthly),
    ];

    /// <summary>Whether a message starts with a rhythm word ("每月", "每季度"), after an optional 安排.</summary>
    public static bool StartsWithRhythm(string? text) => TryReadRhythm(Normalize(text), out _, out _);

    /// <summary>The plan a message describes; null when it does not start with 每月 or 每季度.</summary>
    public static PlanRequest? Parse(string? text, DateTimeOffset now, TimeZoneInfo zone)
    {
        if ((ReadRecurrence(text, now, zone) ?? ReadRecurrence(KindMovedAfterRhythm(text), now, zone)) is not { } rhythm)
        {
            return null;
        }

        var parsed = MeetingRequestParser.Parse(rhythm.Remainder, now, zone);
        return new PlanRequest
        {
            Frequency = rhythm.Frequency,
            MonthOfQuarter = rhythm.MonthOfQuarter,
            DayOfMonth = rhythm.DayOfMonth,
            Time = rhythm.Time,
            Kind = parsed.Kind,
            GroupName = parsed.GroupName,
            Place = parsed.Place,
            Topic = parsed.Topic,
            Problem = rhythm.Problem,
        };
    }

    /// <summary>"主题党日 每月15号 下午3点 …": the kind first, then the rhythm; read as "每月15号 下午3点 … 主题党日".</summary>
    private static string? KindMovedAfterRhythm(string? text)
    {
        var line = Normalize(text);
        if (!MeetingKinds.TryReadAtStart(line, out _, out var length))
        {
            return null;
        }

        var moved = $"{line[length..].TrimStart()} {line[..length]}";
        return TryReadRhythm(moved, out _, out _) ? moved : null;
    }

    /// <summary>
    /// The rhythm at the start of a message ("每月5日上午9点", "每季度第一个月10日下午3点") and the text after it;
    /// null when it does not start with 每月 or 每季度. Also used by 定期广播.
    /// </summary>
    public static RecurrenceReading? ReadRecurrence(string? text, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var line = Normalize(text);
        if (!TryReadRhythm(line, out var frequency, out var length))
        {
            return null;
        }

        line = line[length..].TrimStart();
        var monthOfQuarter = 1;
        if (frequency == RecurrenceFrequency.Quarterly)
        {
            line = TakeMonthOfQuarter(line, ref monthOfQuarter);
        }

        line = line.TrimStart('的', ' ');
        string? problem = null;
        int? day = null;
        if (ChineseNumerals.TryReadAt(line, 0, out var number, out var digits) && digits < line.Length && line[digits] is '日' or '号')
        {
            line = line[(digits + 1)..].TrimStart();
            if (number is >= 1 and <= 31)
            {
                day = number;
            }
            else
            {
                problem = MeetingTexts.PlanDayOutOfRange(number);
            }
        }

        var (time, rest, timeProblem) = ReadTime(line, now, zone);
        return new RecurrenceReading(frequency, monthOfQuarter, day, time, rest, problem ?? timeProblem);
    }

    /// <summary>A time of day only: "下午3点", "14:30". A date here ("明天") is not part of a rhythm.</summary>
    public static (TimeOnly? Time, string Remainder, string? Problem) ReadTime(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var recognition = ChineseDateTimeRecognizer.Recognize(text, now, zone);
        return recognition.Status switch
        {
            DateTimeRecognitionStatus.NotFound => (null, text, null),
            DateTimeRecognitionStatus.Invalid => (null, recognition.Remainder, recognition.Problem),
            _ when recognition.Value!.Parts != DateTimeParts.TimeOnly => (null, recognition.Remainder, MeetingTexts.PlanTimeOnly(recognition.MatchedText)),
            _ => (recognition.Value.Time, recognition.Remainder, null),
        };
    }

    private static string Normalize(string? text)
    {
        var line = TextNormalizer.CollapseSpaces(TextNormalizer.StripTrailingPunctuation(text));
        return line.StartsWith(MeetingRequestParser.Keyword, StringComparison.Ordinal)
            ? line[MeetingRequestParser.Keyword.Length..].TrimStart(' ', ':', '：')
            : line;
    }

    private static bool TryReadRhythm(string line, out RecurrenceFrequency frequency, out int length)
    {
        foreach (var (word, candidate) in Rhythms)
        {
            if (line.StartsWith(word, StringComparison.Ordinal))
            {
                frequency = candidate;
                length = word.Length;
                return true;
            }
        }

        frequency = default;
        length = 0;
        return false;
    }

    /// <summary>"第一个月", "第2个月", "首月" (the first month of the quarter is the default).</summary>
    private static string TakeMonthOfQuarter(string line, ref int monthOfQuarter)
    {
        var text = line.TrimStart('的');
        if (text.StartsWith("首月", StringComparison.Ordinal))
        {
            monthOfQuarter = 1;
            return text[2..].TrimStart();
        }

        if (text.StartsWith("末月", StringComparison.Ordinal))
        {
            monthOfQuarter = 3;
            return text[2..].TrimStart();
        }

        if (text.StartsWith('第') && ChineseNumerals.TryReadAt(text, 1, out var month, out var digits))
        {
            var after = text[(1 + digits)..];
            foreach (var unit in new[] { "个月", "月" })
            {
                if (after.StartsWith(unit, StringComparison.Ordinal) && month is >= 1 and <= 3)
                {
                    monthOfQuarter = month;
                    return after[unit.Length..].TrimStart();
                }
            }
        }

        return line;
    }
}
