using System.Text.RegularExpressions;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "下午那个会我晚点到", "我会迟到十分钟": coming late is not leave. Explains that the member signs in on arrival (签到,
/// offered as the button to press then) and offers to tell the 书记 (晚到, with the member's words); never offers or submits a 请假.
/// </summary>
public sealed partial class LateIntent : IIntentRule
{
    public string Command => "签到";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (!Late().IsMatch(text) || NotForSelf().IsMatch(text) || IntentText.AsksAboutRules(text))
        {
            return ValueTask.FromResult<IntentMatch?>(null);
        }

        // Sure enough to outrank 请假 ("…去不了" is not in the sentence), yet a write: only the explanation and the button.
        return ValueTask.FromResult<IntentMatch?>(new IntentMatch(Command, Command, IntentEffect.Write, 0.9, new Dictionary<string, string>())
        {
            Explanation = MeetingTexts.LateIsNotLeave,
            ButtonTitle = MeetingTexts.CheckInOnArrival,
            OtherButtons = [(MeetingTexts.TellSecretaryLate, $"{LateNoticeCommand.Keyword} {input.Text.Trim()}"), ("近期安排", "近期安排")],
        });
    }

    /// <summary>
    /// "晚点到", "晚一点过来", "迟到一会儿", "会晚到", "来晚一点"; not "今晚到" (the evening) nor "改到晚上7点" or "推到晚一点"
    /// (moving the meeting).
    /// </summary>
    [GeneratedRegex(@"(?<![今昨明当每傍夜])晚(点|一点|些|一些|一会儿?|[几一两三四五十半]+(个)?(分钟|小时|刻钟))?(才能)?(到|来|过来|过去|进场|赶到)|(?<![推延])迟到|来晚|(?<![改挪推调换放延])到(得)?晚(点|一点|些)|晚(点|一点|些)?才能(到|来)")]
    private static partial Regex Late();

    /// <summary>
    /// Someone else's lateness, a question about it, a request for leave in the same sentence, or a reminder to others
    /// ("给支委们发个通知，周五的会别迟到": a 广播, not the sender's own lateness).
    /// </summary>
    [GeneratedRegex(@"他|她|谁|别人|请假|去不了|来不了|参加不了|吗$|？|\?|算|怎么|多少|几次|(别|不要|不许|不能|不准|千万别)(迟到|晚到|来晚)|提醒|通知|广播|发个|大家|各位|全员|全体|同志们|们")]
    private static partial Regex NotForSelf();
}
