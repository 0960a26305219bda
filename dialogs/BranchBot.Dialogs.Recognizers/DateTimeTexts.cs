namespace BranchBot.Dialogs.Recognizers;

/// <summary>Why a typed date or time cannot be used, in words a prompt can show as they are.</summary>
public static class DateTimeTexts
{
    public const string NotFound = "没有看出日期或时间。";

    private static readonly string[] WeekdayNames = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public static string Weekday(DayOfWeek day) => WeekdayNames[(int)day];

    public static string NoSuchMonth(int month) => $"没有{month}月，月份是1到12。";

    public static string NoSuchDayOfMonth(int day) => $"没有{day}号，日期是1到31。";

    public static string NoSuchDay(int month, int day) => $"{month}月没有{day}日。";

    public static string NoSuchDayInYear(int year, int month, int day) => $"{year}年{month}月没有{day}日。";

    public static string YearOutOfRange(int year) => $"{year}年超出了可用的年份范围。";

    public static string TooManyDays(int days) => $"{days}天太远了，请直接说出日期。";

    public static string NoSuchWeekdayInMonth(int month, int ordinal, DayOfWeek day) =>
        $"{month}月没有第{ordinal}个{Weekday(day)}，请直接说出日期。";

    public static string WeekdayInMonthPassed(int month, int day) => $"那天是{month}月{day}日，已经过去了，请说一个还没到的日期。";

    public static string NoWeekdayLeftInMonthPart(int month, DayOfWeek day) => $"{month}月的那几天里已经没有还没到的{Weekday(day)}了，请直接说出日期。";

    public static string SeveralWeekdaysInMonthPart(IReadOnlyList<(int Month, int Day)> days, DayOfWeek day) =>
        $"那段时间有{days.Count}个{Weekday(day)}：{string.Join("、", days.Select(d => $"{d.Month}月{d.Day}日"))}，请说是哪一天。";

    public static string NoSuchHour(int hour) => $"没有{hour}点，小时是0到24。";

    public static string NoSuchMinute(int minute) => $"没有{minute}分，分钟是0到59。";

    public static string NoSuchSecond(int second) => $"没有{second}秒，秒是0到59。";

    public static string TwentyFourHourWithPeriod(string periodWord, int hour) =>
        $"「{periodWord}{hour}点」前后矛盾：用24小时制时不要再加「{periodWord}」，直接说「{hour}点」即可。";

    public static string HourOutsidePeriod(string periodWord, int hour, string hours) =>
        $"「{periodWord}{hour}点」前后矛盾：{periodWord}一般是{hours}。";

    public static string WeekdayMismatch(DateOnly date, DayOfWeek stated) =>
        $"{date.Month}月{date.Day}日是{Weekday(date.DayOfWeek)}，不是{Weekday(stated)}。";
}
