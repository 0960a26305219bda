using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Dialogs.Meetings;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "支委会往后推一个小时", "党员大会提前半小时", "把党员大会往后推一天", "支委会改到明天同一时间": 修改会议 of the meeting's time,
/// the new start worked out from the meeting's own. Sure only when the sentence names exactly one scheduled meeting
/// and the shift is a whole amount or a day said with 同一时间; "推迟到下周" names no new time and is left to be asked.
/// </summary>
public sealed partial class ShiftMeetingIntent : IIntentRule
{
    public string Command => "修改会议";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        var shift = MeetingTimeShift.Find(text);
        var sameTime = shift.Success ? Match.Empty : SameTime().Match(text);
        if ((!shift.Success && !sameTime.Success) || Wondered().IsMatch(text) || IntentText.AsksAboutRules(text))
        {
            return null;
        }

        var at = shift.Success ? shift.Index : sameTime.Index;
        var named = await MeetingSlots.OnItsDayAsync(NamedMeeting.Read(text[..at], input.Now, input.Zone), input, cancellationToken);
        if (named is null)
        {
            return null;
        }

        var slots = new SlotReading();
        await MeetingSlots.FillAsync(slots, named, input, cancellationToken);
        if (await MeetingSlots.NumberOfAsync(named, input, cancellationToken) is not { } number)
        {
            // Several meetings or none fit: which one moves is a guess, and so is its new start.
            slots.Doubt(IntentSlots.Time);
            return slots.Match(Command, $"{Command} {MeetingTexts.FieldTime}", IntentEffect.Previewed, 0.85);
        }

        var own = TimeZoneInfo.ConvertTime((await input.UpcomingAsync(cancellationToken))[number - 1].StartsAt, input.Zone);
        var moved = shift.Success ? MeetingTimeShift.Apply(own, shift) : OnDay(own, sameTime.Groups["day"].Value, input);
        if (moved is not { } start)
        {
            slots.Doubt(IntentSlots.Time);
            return slots.Match(Command, $"{Command} {number} {MeetingTexts.FieldTime}", IntentEffect.Previewed, 0.85);
        }

        slots.Certain(IntentSlots.Date, start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        slots.Certain(IntentSlots.Time, start.ToString("HH:mm", CultureInfo.InvariantCulture));
        var value = start.ToString("yyyy年M月d日HH:mm", CultureInfo.InvariantCulture);
        return slots.Match(Command, $"{Command} {number} {MeetingTexts.FieldTime} {value}", IntentEffect.Previewed, 0.85);
    }

    /// <summary>"改到明天同一时间": the day read, the meeting's own time of day kept.</summary>
    private static DateTimeOffset? OnDay(DateTimeOffset own, string day, IntentInput input)
    {
        var read = ChineseDateTimeRecognizer.Recognize(day, input.Now, input.Zone);
        if (!read.Succeeded || read.Start != 0 || read.Remainder.Trim(' ', '的').Length > 0 || read.Value!.Parts != DateTimeParts.DateOnly)
        {
            return null;
        }

        var date = read.Value.Date;
        return new DateTimeOffset(date.Year, date.Month, date.Day, own.Hour, own.Minute, 0, own.Offset);
    }

    [GeneratedRegex(@"(改到|挪到|推到|推迟到|换到|调到|放到|改成|改在)(?<day>[^,，]+?)(的)?(同一时间|同一个时间|同样的时间|原来的时间|老时间|原时间|同一时刻|这个点|时间不变)")]
    private static partial Regex SameTime();

    /// <summary>"能不能提前半小时", "要不往后推一天": a change wondered about is asked, not made.</summary>
    [GeneratedRegex(@"能不能|可不可以|可以不可以|行不行|要不(?!然)|要不要|是不是|好不好|吗$|\?")]
    private static partial Regex Wondered();
}
