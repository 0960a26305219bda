using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>A send time typed in words where 立即/定时/定期 is asked: a day and a time, still ahead.</summary>
internal static class ScheduledTime
{
    /// <summary>Words that may give a time, passed on by the 立即/定时/定期 question rather than asked again.</summary>
    public const string Shape = @"\d|[一二三四五六七八九十两]点|明天|明早|明晚|后天|今晚|今天|[上下]午|晚上|早上|周[一二三四五六日天]|星期|礼拜|[号日]";

    public static DateTimeOffset? Read(string? typed, DateTimeOffset now, TimeZoneInfo zone)
    {
        var found = ChineseDateTimeRecognizer.Recognize(NumericDates.Rewrite(typed ?? string.Empty), now, zone);
        return found is { Succeeded: true, Value: { Parts: DateTimeParts.DateAndTime } value } && value.Value > now ? value.Value : null;
    }
}
