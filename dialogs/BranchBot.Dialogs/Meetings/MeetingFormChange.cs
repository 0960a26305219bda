using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Intents;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// A new value typed under 安排's summary instead of pressing 修改: "改到三点", "时间改成周四下午三点", "地点改成五楼",
/// "换到302", "在五楼开", "主题：学习二十届四中全会精神", and a correction ("错了 应该是三点半", "不对 是周四不是周三",
/// "地点写错了 应该在五楼"). A bare hour keeps the meeting's day and falls in its half of the
/// day ("改到三点" for 14:30 is 15:00), a day alone keeps its hour, and a typed range sets the end; words that name no
/// time nor look like a place are not a change (the summary is asked again). The form changes, nothing is saved
/// before 确认.
/// </summary>
public static partial class MeetingFormChange
{
    /// <summary>The shapes read here, given to the summary question with <see cref="MeetingTimeShift.Pattern"/>.</summary>
    public const string Pattern =
        "^" + Opened + @"(?<field>时间|日期|地点|地方|会场|主题|题目)?(要|就|也)?(改到|改成|改为|改在|换到|换成|换在|挪到|调到|调整到|调整为|定在|定到|定为|放在|放到|变成|更改为|变更为)\s*[:：]?\s*(?<value>.+)$" +
        "|^" + Opened + @"(?<field>时间|日期|地点|地方|会场|主题|题目)\s*(就|也)?\s*[:：是为]\s*(?<value>.+)$" +
        @"|^(改|换)(?<value>[^一下\s].*)$" +
        "|^" + Opened + @"(就|还是)?(?<at>在)(?<value>.{1,20}?)(开|召开|举行|开会)(吧|了)?$" +
        "|^" + CorrectionOpening.Pattern + @"[,，。!！:：\s]*(应该|应当)?(是|为|在|改成|改到|改为)\s*(?<value>.+?)(才对)?$" +
        @"|^(?<field>时间|日期|地点|地方|会场|主题|题目)?(应该|应当)(是|为|在|改成|改到|改为)\s*(?<value>.+?)(才对)?$";

    /// <summary>"更正一下 地点是二楼会议室", "不对 改到周五": a correction's opening before a change of any shape.</summary>
    private const string Opened = "(?:" + CorrectionOpening.Pattern + @"[,，。!！:：\s]*)?";

    /// <summary>The form with the change and what to say about it; the form unchanged with the reason; or null when the words are no change.</summary>
    public static (MeetingForm Form, string Said)? Read(string typed, MeetingForm form, DateTimeOffset now, TimeZoneInfo zone, Func<DateTimeOffset, string> when)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(when);
        var text = TextNormalizer.StripTrailingPunctuation(typed ?? string.Empty).Trim();
        if (Change().Match(text) is not { Success: true } change)
        {
            return null;
        }

        var field = change.Groups["field"].Value;
        var value = Tail().Replace(change.Groups["value"].Value.Trim(' ', ':', '：'), string.Empty).Trim();
        if (value.Length == 0 || value.Length > 40)
        {
            return null;
        }

        if (field is "主题" or "题目")
        {
            return (form with { Topic = value, AskTopic = false }, MeetingTexts.TopicRevised(form.Topic, value));
        }

        if (field is "地点" or "地方" or "会场" || change.Groups["at"].Success)
        {
            return PlaceChange(form, value.StartsWith('在') && value.Length > 1 ? value[1..] : value);
        }

        if (TimeChange(form, value, now, zone, when) is { } moved)
        {
            return moved;
        }

        if (field is "时间" or "日期")
        {
            return (form, MeetingTexts.TimeVagueChange(value));
        }

        var place = value.StartsWith('在') && value.Length > 1 ? value[1..] : value;
        return SlotShapes.IsPlace(place) ? PlaceChange(form, place) : null;
    }

    private static (MeetingForm Form, string Said) PlaceChange(MeetingForm form, string place) =>
        (form with { Place = place, AskPlace = false }, MeetingTexts.PlaceRevised(form.Place, place));

    private static (MeetingForm Form, string Said)? TimeChange(MeetingForm form, string value, DateTimeOffset now, TimeZoneInfo zone, Func<DateTimeOffset, string> when)
    {
        if (form.StartsAt is not { } start
            || ChineseDateTimeRecognizer.Recognize(NumericDates.Rewrite(value), now, zone) is not { Succeeded: true, Start: 0 } read
            || read.Value is not { } time)
        {
            return null;
        }

        var left = read.Remainder.Trim(' ', '开', '吧', '了', '始');
        if (left.Length > 0 && !SlotShapes.IsRangeEnd(left))
        {
            return null;
        }

        var own = TimeZoneInfo.ConvertTime(start, zone);
        var ownTime = TimeOnly.FromDateTime(own.DateTime);
        var local = time.Parts switch
        {
            DateTimeParts.TimeOnly => DateOnly.FromDateTime(own.DateTime).ToDateTime(OwnHalfOfDay.Nearer(time.Time!.Value, time.PeriodAssumed, ownTime)),
            DateTimeParts.DateOnly => time.Date.ToDateTime(ownTime),
            _ => time.Date.ToDateTime(time.Time is { } clock ? OwnHalfOfDay.Nearer(clock, time.PeriodAssumed, ownTime) : ownTime),
        };
        var moved = ZonedTime.ToInstant(local, zone);
        if (moved <= now)
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
            return (form, ThisWeekDayPassed.Find(value, DateOnly.FromDateTime(local), today) is { } thisWeek
                ? MeetingTexts.TimePastThisWeek(value, thisWeek)
                : MeetingTexts.TimePast(value));
        }

        var length = time.RangeLength ?? (form.EndsAt is { } end ? end - start : null);
        return (form with { StartsAt = moved, EndsAt = moved + length }, MeetingTexts.TimeRevised(when(start), when(moved)));
    }

    [GeneratedRegex(Pattern)]
    private static partial Regex Change();

    [GeneratedRegex(@"(开|召开|举行|开会)?(吧|了|啊|哈|呗|就行|即可)+$|(开|召开|举行)$|[,，\s]*(而)?不是.{1,20}$")]
    private static partial Regex Tail();
}
