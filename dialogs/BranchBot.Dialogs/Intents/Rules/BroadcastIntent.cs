using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "通知大家明天交党费", "给全体党员发个通知：…", "明天提醒大家带党章": 广播 with the text (a day said first kept in it); the broadcast's preview and 确认 follow. The
/// opening words make it surer than a meeting or change the text mentions.
/// </summary>
public sealed partial class BroadcastIntent : IIntentRule
{
    public string Command => "广播";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var match = Pattern().Match(input.Clean);
        if (!match.Success)
        {
            return null;
        }

        var content = IntentText.AsTyped(match.Groups["content"].Value.Trim(' ', '，', ',', ':', '：'), input.Text);
        // "通知大家的消息我没收到", "通知大家了": the words named a notice or a thing done, not a notice to send.
        if (NotSent().IsMatch(content))
        {
            return null;
        }

        // "通知第一党小组的同志…": the group told, which the broadcast's dialog then offers as its audience.
        var slots = new Dictionary<string, string>();
        if (Group().Match(input.Clean[..match.Groups["content"].Index]) is { Success: true } group)
        {
            slots[IntentSlots.Group] = group.Value;
        }

        // "明天提醒大家带党章": the day said before the request belongs to what is said (the dialog still asks when to send).
        if (content.Length > 0 && match.Groups["when"].Success)
        {
            content = match.Groups["when"].Value + content;
        }

        // "给大家发个通知：…", "跟支委们说一声…": who is told goes to the dialog as "发给…：", which it does not ask again.
        if (content.Length > 0 && !slots.ContainsKey(IntentSlots.Group) && Told().Match(input.Clean[..match.Groups["content"].Index]) is { Success: true } told)
        {
            content = (told.Groups["committee"].Success ? "发给支委：" : "发给全体党员：") + content;
        }

        // "跟大家说一声" says nothing to send: only likely, so the member is asked.
        return new IntentMatch(Command, content.Length == 0 ? Command : $"{Command} {content}", IntentEffect.Previewed, content.Length == 0 && !Explicit().IsMatch(input.Clean) ? 0.55 : 0.9, slots);
    }

    [GeneratedRegex(@"(?<=通知(一下)?|给|跟|向)(?!各|给|跟|向)[\u4e00-\u9fa5]{1,6}党小组")]
    private static partial Regex Group();

    [GeneratedRegex(@"^(的|了|过|没|吗)")]
    private static partial Regex NotSent();

    /// <summary>Who the request words tell: the whole branch, or the 支委 (checked first: "全体支委" is no 全体).</summary>
    [GeneratedRegex(@"(?<committee>全体支委|各位支委|支委们|支委)|大家|大伙|全体党员|全体|所有人|所有党员|全支部|全员|各位党员|党员们|同志们|各位")]
    private static partial Regex Told();

    /// <summary>Asking for a broadcast by name, with or without its text, is sure: the dialog asks for the text.</summary>
    [GeneratedRegex(@"广播|群发|发(个|一个|一条|条)?通知")]
    private static partial Regex Explicit();

    /// <summary>
    /// Who is told and how, before the text: "通知一下第一党小组，…", "通知：…", "跟支委们说一声…", "给大家群发一下，…",
    /// "发个全员通知，…".
    /// </summary>
    [GeneratedRegex(@"^(?<when>(明天|今天|后天)(上午|下午|晚上|早上)?|今晚|明早|明晚|待会儿?|一会儿?|等会儿?)?(请|帮我|麻烦(你|您)?|你)*(在群里|群里|在支部群里)?(我)?(要|想)?((把)?(这段|这条|这个|下面这段|下面的|以下)(话|内容|消息|通知|文字)?(转发|转|发)给(大家|全体党员|所有人|所有党员|全体|各位|全支部)(一下)?(?=[,:，：])|通知一下(?=[,:，：])|通知[:：]|通知(一下)?(大家|全体党员|全体支委|全体|所有人|所有党员|全支部|全员|支委们|各位支委|各位党员|各位|各党小组|党小组长们|党员们|[\u4e00-\u9fa5]{1,6}党小组)(的同志|的党员|的人|同志们)?|告诉(一下)?(大家|全体党员|所有人)|(跟|和)(大家|大伙儿|大伙|大家伙儿|大家伙|同志们|各位)说(一下|一声)?|提醒(一下)?(大家|大伙儿|大伙|全体党员|所有人|所有党员|各位|党员们|同志们)(一下)?|(给|跟|向)(大伙儿|大伙|大家伙儿|大家伙|大家|全体党员|全体支委|全体|所有人|所有党员|全支部|全员|支委们|各位支委|各位党员|各位|各党小组|党小组长们|党员们|[\u4e00-\u9fa5]{1,6}党小组|支委)(的人|的同志)?(发|群发|说|讲)(一下|一声|个|一个|一条|条)?(通知|消息|广播)?|(发|群发)(个|一个|一条|条)?(全员|全体)?(通知|广播)(给大家|给全体党员|给[\u4e00-\u9fa5]{1,6}党小组(的同志|的党员)?)?|群发(一下|一条)?|广播一下)(说|一下)?(?<content>.*)$")]
    private static partial Regex Pattern();
}
