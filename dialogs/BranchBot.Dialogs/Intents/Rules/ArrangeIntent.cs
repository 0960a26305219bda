using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "后天下午两点开个支委会", "在党员活动室，12月4日晚上七点，党小组会学习四中全会精神": 安排 for whoever may arrange
/// meetings, when the sentence names a kind and a day or time and asks nothing; the summary with 确认 follows.
/// </summary>
public sealed partial class ArrangeIntent : IIntentRule
{
    public string Command => MeetingRequestParser.Keyword;

    public IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (input.Sender is not { } sender || !ArrangeCommand.MayArrange(sender) || NotAnArrangement().IsMatch(text)
            || IntentText.AsksAboutRules(text) || !MeetingKinds.TryFind(text, out _, out _, out _)
            || ChineseDateTimeRecognizer.Recognize(NumericDates.Rewrite(text), input.Now, input.Zone).Status == DateTimeRecognitionStatus.NotFound)
        {
            return null;
        }

        var request = MeetingRequestParser.Parse(text, input.Now, input.Zone);
        if (request.StartsAt is null && !ArrangingVerb().IsMatch(text))
        {
            return null;
        }

        var slots = new Dictionary<string, string>();
        if (request.Kind is { } kind)
        {
            slots[IntentSlots.Meeting] = MeetingKinds.ToChinese(kind);
        }

        if (request.StartsAt is { } start)
        {
            var local = TimeZoneInfo.ConvertTime(start, input.Zone);
            slots[IntentSlots.Date] = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            slots[IntentSlots.Time] = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        if (request.Place is { } place)
        {
            slots[IntentSlots.Place] = place;
        }

        return new IntentMatch(Command, $"{Command} {text}", IntentEffect.Previewed, 0.85, slots);
    }

    /// <summary>Without a time of day, only a verb of arranging makes "明天党员大会…" an arrangement.</summary>
    [GeneratedRegex(@"开|召开|安排|组织|举行|举办|开展|上党课")]
    private static partial Regex ArrangingVerb();

    /// <summary>
    /// Questions, leave, changes, notices and a meeting already named ("明天下午3点的党员大会记得带笔记本") are not
    /// arrangements.
    /// </summary>
    [GeneratedRegex(@"的(支部党员大会|党员大会|支部大会|支委会|支部委员会|党小组会|小组会|党课|主题党日|组织生活会|民主评议)|记得|别忘|带上|准时|吗|？|\?|什么|几点|哪天|哪里|去不了|来不了|参加不了|不能参加|请假|改|广播|推迟|提前|取消|签到|通知|告诉|哪|谁|多少|怎么|是不是|有没有|记录|补录|已经开|开过|开了|昨天|上周|上个月")]
    private static partial Regex NotAnArrangement();
}
