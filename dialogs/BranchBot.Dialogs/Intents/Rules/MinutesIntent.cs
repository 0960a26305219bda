using System.Text.RegularExpressions;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"把上次党员大会的会议记录录一下", "写一下支委会的纪要": 会议记录 (offered: the minutes are stored at once).</summary>
public sealed partial class MinutesIntent : IIntentRule
{
    public string Command => "会议记录";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (!Pattern().IsMatch(text) || IntentText.AsksAboutRules(text) || IntentText.IsYesNoQuestion(text) || Others().IsMatch(text))
        {
            return null;
        }

        var slots = new Dictionary<string, string>();
        MeetingSlots.Fill(slots, NamedMeeting.Read(text, input.Now, input.Zone));
        slots.Remove(IntentSlots.Date);
        return new IntentMatch(Command, Command, IntentEffect.Write, 0.85, slots);
    }

    [GeneratedRegex(@"(会|党课|主题党日)的(记录|纪要).{0,4}(补|录|写|记|整理)|(会议记录|会议纪要|纪要|会议内容|会议情况).{0,6}(录|记|写|填|上传|补|添加|整理|登记|交)|(录|记|写|填|上传|补|添加|整理|登记)(一下|下)?.{0,10}(会议记录|会议纪要|纪要)")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"谈心|谈话|查|看看|哪些")]
    private static partial Regex Others();
}
