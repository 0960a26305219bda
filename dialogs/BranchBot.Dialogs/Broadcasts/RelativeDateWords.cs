using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>
/// Words in a notice that count from the day it is read ("明天上午9点前交", "下周三开会"): written today for a broadcast
/// that goes out on another day, they would point recipients at another date, so the preview warns and names the date
/// the author meant.
/// </summary>
public static partial class RelativeDateWords
{
    /// <summary>The warning for <paramref name="text"/> written on <paramref name="writtenOn"/> and sent on <paramref name="sentOn"/>; null when its words still mean the same then.</summary>
    public static string? Warning(string text, DateOnly writtenOn, DateOnly sentOn)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (sentOn == writtenOn)
        {
            return null;
        }

        if (DayWord().Match(text) is { Success: true } day)
        {
            var meant = writtenOn.AddDays(DaysFrom(day.Value));
            var read = sentOn.AddDays(DaysFrom(day.Value));
            return string.Create(CultureInfo.InvariantCulture,
                $"\n注意：内容里的「{day.Value}」按今天算是{meant.Month}月{meant.Day}日，但广播{sentOn.Month}月{sentOn.Day}日才发出，大家读到时会理解成{read.Month}月{read.Day}日。建议点「修改」把它写成具体日期「{meant.Month}月{meant.Day}日」。");
        }

        if (WeekWord().Match(text) is { Success: true } week && !ChineseWeek.SameWeek(writtenOn, sentOn))
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"\n注意：内容里的「{week.Value}」是按本周说的，但广播{sentOn.Month}月{sentOn.Day}日才发出，那时已是另一周。建议点「修改」写成具体日期。");
        }

        return null;
    }

    private static int DaysFrom(string word) => word switch
    {
        _ when word.StartsWith("大后", StringComparison.Ordinal) => 3,
        _ when word.StartsWith('后') => 2,
        _ when word.StartsWith('明') => 1,
        _ => 0,
    };

    [GeneratedRegex(@"大后天|后天|明天|明日|明早|明晚|明儿|今天|今日|今早|今晚|今儿")]
    private static partial Regex DayWord();

    [GeneratedRegex(@"(本|这|下下|下)(周|礼拜|星期)[一二三四五六日天末]?")]
    private static partial Regex WeekWord();
}
