namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>
/// Reads a clock time: "14:30", "3点", "三点一刻", "3点45", "两点半", "十点过五分", "9点整", "十点差五分",
/// "14时30分". Checking ranges is left to <see cref="TimeOfDayResolver"/> so "25点" can be refused with a reason.
/// </summary>
internal static class ClockParser
{
    // A bare number after the hour that is really a count of something else: "3点三楼" is 3 o'clock, third floor.
    private const string NotMinuteFollowers = "楼层号个人次室栋座间位名天";

    public static ClockPhrase? TryParse(TextCursor cursor)
    {
        var start = cursor.Position;
        if (!cursor.TryReadNumber(out var hour))
        {
            return null;
        }

        if (cursor.Current == ':')
        {
            var colonForm = ReadColonForm(cursor, hour);
            if (colonForm is null)
            {
                cursor.Position = start;
            }

            return colonForm;
        }

        if (!cursor.TryConsume('点') && !cursor.TryConsume('时'))
        {
            cursor.Position = start;
            return null;
        }

        cursor.TryConsume('钟');
        var minute = ReadMinutes(cursor);
        return new ClockPhrase(hour.Value, minute ?? 0, 0, TwentyFourHour: false) { HourOnly = minute is null };
    }

    private static ClockPhrase? ReadColonForm(TextCursor cursor, NumberToken hour)
    {
        if (!hour.IsArabic || hour.Spelling.Length > 2)
        {
            return null;
        }

        cursor.TryConsume(':');
        if (!TryReadTwoDigits(cursor, out var minute))
        {
            return null;
        }

        var second = 0;
        var beforeSeconds = cursor.Position;
        if (!cursor.TryConsume(':') || !TryReadTwoDigits(cursor, out second))
        {
            cursor.Position = beforeSeconds;
            second = 0;
        }

        return new ClockPhrase(hour.Value, minute, second, TwentyFourHour: hour.Spelling.Length == 2);
    }

    private static bool TryReadTwoDigits(TextCursor cursor, out int value)
    {
        var start = cursor.Position;
        if (cursor.TryReadNumber(out var number) && number.IsArabic && number.Spelling.Length == 2)
        {
            value = number.Value;
            return true;
        }

        cursor.Position = start;
        value = 0;
        return false;
    }

    /// <summary>The minutes after "点", or null when nothing follows the hour.</summary>
    private static int? ReadMinutes(TextCursor cursor)
    {
        if (cursor.TryConsume('半'))
        {
            return 30;
        }

        if (cursor.TryConsume('整'))
        {
            return 0;
        }

        var start = cursor.Position;
        if (cursor.TryConsume('差'))
        {
            if (ReadCountedMinutes(cursor, requireUnit: true) is { } before)
            {
                return -before;
            }

            cursor.Position = start;
            return null;
        }

        cursor.TryConsume('过');
        if (ReadCountedMinutes(cursor, requireUnit: false) is { } after)
        {
            return after;
        }

        cursor.Position = start;
        return null;
    }

    /// <summary>"五分", "05", "一刻", "三刻"; a bare number only when nothing says it counts something else.</summary>
    private static int? ReadCountedMinutes(TextCursor cursor, bool requireUnit)
    {
        var start = cursor.Position;
        if (!cursor.TryReadNumber(out var number))
        {
            return null;
        }

        if (cursor.TryConsume('刻'))
        {
            return number.Value * 15;
        }

        if (cursor.TryConsume('分'))
        {
            cursor.TryConsume('钟');
            return number.Value;
        }

        if (requireUnit || NotMinuteFollowers.Contains(cursor.Current, StringComparison.Ordinal))
        {
            cursor.Position = start;
            return null;
        }

        return number.Value;
    }
}
