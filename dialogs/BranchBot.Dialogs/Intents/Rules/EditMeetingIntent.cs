using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Dialogs.Meetings;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "下周三的党员大会改到五楼大会议室": 修改会议 for the meeting named, field and new value from the sentence (a time
/// if the new value reads as one, else the place). The dialog's preview shows the change before anything is saved.
/// </summary>
public sealed partial class EditMeetingIntent : IIntentRule
{
    public string Command => "修改会议";

    public IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        var change = Change().Match(text);
        if (!change.Success || text.Contains("取消", StringComparison.Ordinal) || text.Contains("请假", StringComparison.Ordinal))
        {
            return null;
        }

        var before = text[..change.Index];
        var value = change.Groups["value"].Value.Trim(' ', '，', ',', '了');
        var named = NamedMeeting.Read(before, input.Now, input.Zone);
        if (value.Length == 0 || IntentText.AsksAboutRules(before) || (named is null && IntentText.IsYesNoQuestion(text)))
        {
            return null;
        }

        var field = FieldOf(change.Groups["field"].Value, before);
        var slots = new Dictionary<string, string>();
        MeetingSlots.Fill(slots, named);
        if (field is null or MeetingTexts.FieldTime && ChineseDateTimeRecognizer.Recognize(value, input.Now, input.Zone) is { Succeeded: true } time && time.Start == 0)
        {
            field = MeetingTexts.FieldTime;
            if (time.Value!.HasTime)
            {
                slots[IntentSlots.Time] = time.Value.Value.ToString("HH:mm", CultureInfo.InvariantCulture);
            }
        }
        else if (field is null or MeetingTexts.FieldPlace)
        {
            field = MeetingTexts.FieldPlace;
            value = value.StartsWith('在') && value.Length > 1 ? value[1..] : value;
            slots[IntentSlots.Place] = value;
        }

        var number = MeetingSlots.NumberOf(named, input);
        var line = IntentText.Squeeze($"{Command} {number?.ToString(CultureInfo.InvariantCulture)} {field} {value}");
        var confidence = named is null ? 0.6 : 0.85;
        return new IntentMatch(Command, line, IntentEffect.Previewed, confidence, slots);
    }

    private static string? FieldOf(string typed, string before) =>
        typed.Length > 0 ? Field(typed) : before.EndsWith("地点", StringComparison.Ordinal) ? MeetingTexts.FieldPlace : null;

    private static string Field(string typed) => typed switch
    {
        "地点" or "会场" or "地方" => MeetingTexts.FieldPlace,
        "时间" => MeetingTexts.FieldTime,
        _ => MeetingTexts.FieldTopic,
    };

    [GeneratedRegex(@"(的)?(?<field>地点|会场|地方|时间|主题)?(要)?(改到|改在|改成|改为|换到|换成|挪到|调到|调整到|调整为|推迟到|推到|延到|延期到|提前到|移到|搬到|变更为|更改为)(?<value>.*)$")]
    private static partial Regex Change();
}
