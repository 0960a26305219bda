using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings.Recording;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "上个月的支委会是纸质签到的，帮我补录进去", "之前开过的党员大会补登一下": 补录 (a meeting already held, recorded
/// after its summary and 确认), with the kind named.
/// </summary>
public sealed partial class RecordMeetingIntent : IIntentRule
{
    public string Command => "补录";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        // "昨天下午跟刘洋谈的心还没记 帮我补记一下": a 谈心 to be written down is 记录谈心, never a meeting's 补录.
        if (!Pattern().IsMatch(text) || IntentText.AsksAboutRules(text) || IntentText.IsYesNoQuestion(text) || Question().IsMatch(text)
            || (TalkToRecord().IsMatch(text) && !MeetingKinds.TryFind(text, out _, out _, out _)))
        {
            return null;
        }

        var slots = new SlotReading();
        var line = Command;
        if (MeetingKinds.TryFind(text, out var kind, out _, out _))
        {
            slots.Certain(IntentSlots.Meeting, MeetingKinds.ToChinese(kind));
            line = $"{Command} {MeetingKinds.ToChinese(kind)}";
        }

        ReadWhenAndWhere(slots, text, input);
        var reading = slots.Match(Command, line, IntentEffect.Previewed, 0.85);
        return text.StartsWith(RecordRequestParser.Keyword, StringComparison.Ordinal) ? reading : reading with { CommandLine = WithWhenAndWhere(reading) };
    }

    /// <summary>
    /// "上周五的支委会忘录了 晚上七点 党员活动室 帮我补上": the day, hour and place read for sure go into the command line
    /// ("补录 11月20日19:00 支委会 地点党员活动室"), so its dialog does not ask for them again.
    /// </summary>
    private static string WithWhenAndWhere(IntentMatch reading)
    {
        string? Sure(string slot) => reading.Slots.TryGetValue(slot, out var value) && !reading.Guessed.Contains(slot) ? value : null;
        if (Sure(IntentSlots.Meeting) is not { } kind || Sure(IntentSlots.Date) is not { } date
            || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return reading.CommandLine;
        }

        var when = day.ToString("M月d日", CultureInfo.InvariantCulture) + Sure(IntentSlots.Time);
        var place = Sure(IntentSlots.Place) is { } room ? $" 地点{room}" : string.Empty;
        return $"{RecordRequestParser.Keyword} {when} {kind}{place}";
    }

    /// <summary>
    /// "补录 10月20日下午3点 党员大会 … 地点三楼会议室", "上个月15号开过一次支委会…": the day, hour and place of the
    /// meeting held, as the command's own parser reads the typed form and the past-date reader a sentence.
    /// </summary>
    private static void ReadWhenAndWhere(SlotReading slots, string text, IntentInput input)
    {
        if (text.StartsWith(RecordRequestParser.Keyword, StringComparison.Ordinal))
        {
            var form = RecordRequestParser.Parse(text, input.Now, input.Zone);
            if (form.StartsAt is { } start)
            {
                var local = TimeZoneInfo.ConvertTime(start, input.Zone);
                slots.Certain(IntentSlots.Date, local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                slots.Certain(IntentSlots.Time, local.ToString("HH:mm", CultureInfo.InvariantCulture));
            }
            else if (form.DateWithoutTime is { } day)
            {
                slots.Certain(IntentSlots.Date, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (form.Place is { } place)
            {
                slots.Put(IntentSlots.Place, place, SlotShapes.IsPlace(place));
            }

            return;
        }

        var past = PastDateTimeReader.Read(NumericDates.Rewrite(text), input.Now, input.Zone);
        if (past.Value is { } held)
        {
            slots.Certain(IntentSlots.Date, held.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (held.HasTime)
            {
                slots.Certain(IntentSlots.Time, held.Value.ToString("HH:mm", CultureInfo.InvariantCulture));
            }
            else if (ClockTimeApart(past.Remainder, input) is { } clock)
            {
                slots.Certain(IntentSlots.Time, clock);
            }
        }

        ReadPlace(slots, text);
    }

    /// <summary>
    /// "上周五的支委会忘录了 晚上七点 党员活动室": the hour said apart from the day, with no day of its own, is the hour of
    /// that day.
    /// </summary>
    private static string? ClockTimeApart(string remainder, IntentInput input) =>
        ChineseDateTimeRecognizer.Recognize(remainder, input.Now, input.Zone) is { Status: DateTimeRecognitionStatus.Recognized, Value: { HasTime: true } clock } found
        && !DayWords().IsMatch(found.MatchedText)
            ? clock.Value.ToString("HH:mm", CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"[年月日号周天今明昨前后]|星期|礼拜")]
    private static partial Regex DayWords();

    /// <summary>
    /// "…补录进去十月二十二号下午三点党员活动室", "…下午四点在书记办公室开的": a room said in the sentence is where the meeting
    /// was held; left out, the record would be stored without it. It starts after the time or the 在 before it, and is
    /// only certain when it looks like a place.
    /// </summary>
    private static void ReadPlace(SlotReading slots, string text)
    {
        if (SentencePlace().Match(text) is not { Success: true } found)
        {
            return;
        }

        var place = BeforePlace().Split(found.Value)[^1];
        slots.Put(IntentSlots.Place, place, SlotShapes.IsPlace(place));
    }

    [GeneratedRegex(@"[\u4e00-\u9fa5\dA-Za-z]{1,8}(会议室|活动室|办公室|会议厅|报告厅|礼堂|教室|中心|大厅)|\d+号楼\d*|[一二三四五六七八九十\d]+楼(?!梯)[\u4e00-\u9fa5]{0,4}(室|厅)?|线上|腾讯会议")]
    private static partial Regex SentencePlace();

    /// <summary>What comes before a room in a run-on sentence: the time, the 在, the verb.</summary>
    [GeneratedRegex(@"[点分号日午晚在到开的了半钟去录补进把次]")]
    private static partial Regex BeforePlace();

    [GeneratedRegex(@"谈(的|了|过)?心|谈心|谈话")]
    private static partial Regex TalkToRecord();

    [GeneratedRegex(@"算不算|算数|有效|能不能|可不可以|可以吗|吗$|\?|什么|怎么")]
    private static partial Regex Question();

    [GeneratedRegex(@"(支部党员大会|党员大会|支委会|党小组会|党课|主题党日|组织生活会).{0,6}(忘了?|没|还没)(录|登记|记).{0,24}补|补录|补登|补记|补上(会议|记录)|(纸质|纸上|线下)(签到|记录|登记).{0,12}(录|登记|记|补)|(已经开过|开过了|之前开的|以前开的|开过的).{0,12}(录|登记|记进|补)|(忘了?|没有?|还没)(登记|录入?|记录?)(了)?[,，\s]*补(一下|下|上|个|录|登|记)")]
    private static partial Regex Pattern();
}
