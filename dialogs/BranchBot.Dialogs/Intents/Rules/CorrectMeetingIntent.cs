using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Meetings;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "支委会是19:30不是19:00，帮我改下", "党员大会地点不是三楼，是五楼会议室", "支委会时间写错了，应该是晚上8点": a correction
/// of a meeting is 修改会议 with the right value (the one said with 是, not the one denied). A time keeps the meeting's
/// own day, a day its own time; a value that is neither a whole time nor a place's shape is only likely.
/// </summary>
public sealed partial class CorrectMeetingIntent : IIntentRule
{
    public string Command => "修改会议";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        var announced = false;
        // "更正：支委会地点是二楼小会议室", "刚才打错了 是12月3号": an opening that only says a mistake follows; what it corrects
        // is read from the rest, and with no meeting named there the last change is likely meant, so the member is asked.
        if (Opening().Match(text) is { Success: true, Length: > 0 } opening && opening.Length < text.Length)
        {
            var rest = text[opening.Length..];
            if (NamedMeeting.Read(rest, input.Now, input.Zone)?.Kind is null)
            {
                return Likely(input);
            }

            text = FieldIs().IsMatch(rest) ? FieldIs().Replace(rest, "应该是", 1) : rest;
            announced = true;
        }

        var correction = BareCorrection().IsMatch(text) ? ShouldBe().Match(text) is { Success: true } said ? said : Said().Match(text)
            : RightThenWrong().Match(text) is { Success: true } first ? first
            : WrongThenRight().Match(text) is { Success: true } second ? second
            : announced || Mistake().IsMatch(text) ? ShouldBe().Match(text)
            : Match.Empty;
        // "应该是晚上8点" is the correction itself, not a question about what the rules say should be.
        if (!correction.Success || IntentText.AsksAboutRules(text.Remove(correction.Index, correction.Length)) || IntentText.IsYesNoQuestion(text))
        {
            return null;
        }

        var before = text[..correction.Index];
        if (BareCorrection().IsMatch(text) && input.Sender is { } sender && ArrangeCommand.MayArrange(sender))
        {
            // "不对，是周四" with no meeting named: likely the last change put right, so the member is asked.
            return new IntentMatch(Command, Command, IntentEffect.Previewed, 0.55, new Dictionary<string, string>());
        }

        var named = await MeetingSlots.OnItsDayAsync(NamedMeeting.Read(before, input.Now, input.Zone), input, cancellationToken);
        var value = Trailing().Replace(correction.Groups["right"].Value.Trim(), string.Empty);
        if (value.Length > 0 && named?.Kind is null && before.Length == 0)
        {
            // "不是五楼，是三楼": a value put right with no meeting named.
            return Likely(input);
        }

        if (named?.Kind is null || value.Length == 0)
        {
            return null;
        }

        var slots = new SlotReading();
        await MeetingSlots.FillAsync(slots, named, input, cancellationToken);
        var number = await MeetingSlots.NumberOfAsync(named, input, cancellationToken);
        var read = ChineseDateTimeRecognizer.Recognize(value, input.Now, input.Zone);
        if (!PlaceNamed().IsMatch(before) && read is { Succeeded: true, Start: 0 } && read.Remainder.Trim().Length == 0)
        {
            if (number is not { } n)
            {
                slots.Doubt(IntentSlots.Time);
                return slots.Match(Command, $"{Command} {MeetingTexts.FieldTime} {value}", IntentEffect.Previewed, 0.85);
            }

            var own = TimeZoneInfo.ConvertTime((await input.UpcomingAsync(cancellationToken))[n - 1].StartsAt, input.Zone);
            var when = read.Value!;
            var day = when.Parts == DateTimeParts.TimeOnly ? DateOnly.FromDateTime(own.DateTime) : when.Date;
            var time = when.HasTime ? TimeOnly.FromDateTime(when.Value.DateTime) : TimeOnly.FromDateTime(own.DateTime);
            var start = new DateTimeOffset(day.ToDateTime(time), own.Offset);
            if (start == own)
            {
                // "大会是两点半不是三点半" of a meeting already at 14:30: the member puts someone else's words right; nothing changes.
                return null;
            }

            slots.Certain(IntentSlots.Date, start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            slots.Put(IntentSlots.Time, start.ToString("HH:mm", CultureInfo.InvariantCulture), when.HasTime || when.Parts == DateTimeParts.DateOnly);
            var line = $"{Command} {n} {MeetingTexts.FieldTime} {start.ToString("yyyy年M月d日HH:mm", CultureInfo.InvariantCulture)}";
            return slots.Match(Command, line, IntentEffect.Previewed, 0.85);
        }

        var place = value.StartsWith('在') && value.Length > 1 ? value[1..] : value;
        slots.Put(IntentSlots.Place, place, SlotShapes.IsPlace(place));
        var listed = number?.ToString(CultureInfo.InvariantCulture);
        return slots.Match(Command, IntentText.Squeeze($"{Command} {listed} {MeetingTexts.FieldPlace} {place}"), IntentEffect.Previewed, number is null ? 0.6 : 0.85);
    }

    private IntentMatch? Likely(IntentInput input) => input.Sender is { } sender && ArrangeCommand.MayArrange(sender)
        ? new IntentMatch(Command, Command, IntentEffect.Previewed, 0.55, new Dictionary<string, string>())
        : null;

    /// <summary>"不对不对", "哦说错了", "刚才打错了", "更正一下：", "名字打错了": a mistake announced before what puts it right.</summary>
    [GeneratedRegex("^" + CorrectionOpening.Pattern + @"[,，:：\s]*")]
    private static partial Regex Opening();

    /// <summary>"支委会地点是二楼小会议室": the field said with 是, read as the value it should be.</summary>
    [GeneratedRegex(@"(?<=(地点|时间|日期|地方|会场))(应该|其实)?是")]
    private static partial Regex FieldIs();

    [GeneratedRegex(@"^(不对|错了|我?(说|写|打|发)错了)[,，]?(应该|其实)?是")]
    private static partial Regex BareCorrection();

    /// <summary>"是19:30不是19:00": the right value first.</summary>
    [GeneratedRegex(@"(?<!不)是(?<right>[^,，。]+?)[,，]?(而)?不是(?<wrong>[^,，。]+)")]
    private static partial Regex RightThenWrong();

    /// <summary>"不是三楼，是五楼会议室", "不是周三而是周四".</summary>
    [GeneratedRegex(@"不是(?<wrong>[^,，。]+?)[,，]?(而|应该|应当|其实)?是(?<right>[^,，。]+)")]
    private static partial Regex WrongThenRight();

    [GeneratedRegex(@"(写|搞|弄|说|发|打|记)错|错了|不对")]
    private static partial Regex Mistake();

    /// <summary>"应该是晚上8点", "正确的是五楼".</summary>
    [GeneratedRegex(@"(应该是|应当是|应是|应为|正确的是|其实是|实际是)(?<right>[^,，。]+)")]
    private static partial Regex ShouldBe();

    [GeneratedRegex(@"(?<=[,，])(是)(?<right>[^,，。]+)$")]
    private static partial Regex Said();

    [GeneratedRegex(@"(才对|开|召开|吧|啊|哈|呢|了)+$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"地点|地方|会场|会议室|在哪")]
    private static partial Regex PlaceNamed();
}
