namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>The parts of a day people name before an hour (上午, 晚上, 凌晨 ...).</summary>
internal enum DayPeriod
{
    EarlyMorning,
    Morning,
    Forenoon,
    Noon,
    Afternoon,
    Dusk,
    Evening,
    Night,
}

/// <summary>A period word as the user wrote it.</summary>
internal sealed record PeriodMatch(string Word, DayPeriod Period)
{
    /// <summary>Single-character 早/晚 count only right before an hour ("早8点"), never alone ("早一点").</summary>
    public bool NeedsClock => Word.Length == 1;

    /// <summary>
    /// The clock hour some words mean on their own: 中午 is 12:00, 半夜 and 午夜 are the midnight that ends the day
    /// (24:00). Other words alone ("明天晚上") are too vague to give a time.
    /// </summary>
    public int? HourWhenAlone => Word switch
    {
        "中午" or "正午" => 12,
        "半夜" or "午夜" => 24,
        _ => null,
    };
}

/// <summary>Reads period words and turns "period + hour as said" into a clock hour.</summary>
internal static class DayPeriods
{
    // Longer words first, so 晚上 wins over 晚 and 早上 over 早.
    private static readonly (string Word, DayPeriod Period)[] Words =
    [
        ("凌晨", DayPeriod.EarlyMorning),
        ("清晨", DayPeriod.Morning), ("早晨", DayPeriod.Morning), ("早上", DayPeriod.Morning), ("一早", DayPeriod.Morning),
        ("上午", DayPeriod.Forenoon),
        ("中午", DayPeriod.Noon), ("正午", DayPeriod.Noon), ("晌午", DayPeriod.Noon),
        ("下午", DayPeriod.Afternoon), ("午后", DayPeriod.Afternoon),
        ("傍晚", DayPeriod.Dusk), ("黄昏", DayPeriod.Dusk),
        ("晚上", DayPeriod.Evening), ("晚间", DayPeriod.Evening),
        ("半夜", DayPeriod.Night), ("午夜", DayPeriod.Night), ("深夜", DayPeriod.Night), ("夜里", DayPeriod.Night), ("夜间", DayPeriod.Night),
        ("早", DayPeriod.Morning), ("晚", DayPeriod.Evening),
    ];

    public static PeriodMatch? TryParse(TextCursor cursor)
    {
        foreach (var (word, period) in Words)
        {
            if (cursor.TryConsume(word))
            {
                return new PeriodMatch(word, period);
            }
        }

        return null;
    }

    /// <summary>
    /// The clock hour (0-28; 24 and above fall on the next day) for an hour said within a period, or null when the
    /// hour does not belong to the period ("晚上3点").
    /// </summary>
    public static int? ToClockHour(DayPeriod period, int hour) => period switch
    {
        DayPeriod.EarlyMorning => hour is >= 0 and <= 6 ? hour : hour == 12 ? 0 : null,
        DayPeriod.Morning => hour is >= 4 and <= 11 ? hour : null,
        DayPeriod.Forenoon => hour is >= 0 and <= 12 ? hour : null,
        DayPeriod.Noon => hour is 11 or 12 ? hour : hour is 1 or 2 ? hour + 12 : null,
        DayPeriod.Afternoon => hour is >= 1 and <= 11 ? hour + 12 : hour == 12 ? 12 : null,
        DayPeriod.Dusk => hour is >= 4 and <= 8 ? hour + 12 : null,
        DayPeriod.Evening => hour is >= 5 and <= 11 ? hour + 12 : hour == 12 ? 24 : null,

        // 半夜 belongs to the night after the named day: 今天半夜2点 is 02:00 tomorrow.
        DayPeriod.Night => hour == 11 ? 23 : hour == 12 ? 24 : hour is >= 0 and <= 4 ? 24 + hour : null,
        _ => null,
    };

    /// <summary>The hours a period takes, as said in a refusal.</summary>
    public static string HoursOf(DayPeriod period) => period switch
    {
        DayPeriod.EarlyMorning => "0到6点",
        DayPeriod.Morning => "4到11点",
        DayPeriod.Forenoon => "0到12点",
        DayPeriod.Noon => "11点到2点",
        DayPeriod.Afternoon => "1到12点",
        DayPeriod.Dusk => "4到8点",
        DayPeriod.Evening => "5到12点",
        _ => "11点到4点",
    };
}
