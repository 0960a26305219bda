using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "我收到了哪些通知", "看看最近的通知", "有没有新通知", "刚才那个通知说啥来着": 我的通知 (the broadcasts sent to you).
/// </summary>
public sealed partial class MyNoticesIntent : IIntentRule
{
    public string Command => "我的通知";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        return Pattern().IsMatch(text) && !Others().IsMatch(text) && !IntentText.AsksAboutRules(text)
            ? new IntentMatch(Command, Command, IntentEffect.Read, 0.85, new Dictionary<string, string>())
            : null;
    }

    [GeneratedRegex(@"给我(发|推|发送)(过|了)?(的)?(哪些|什么|几条|啥)?(通知|广播|消息)|(我|我的|给我的)(收到|收到的|收到了|收到过)?(哪些|什么|几条)?(通知|广播|消息)|^我(还)?(有)?(哪些|什么|几条)(通知|广播)(没|未)(回执|看|读)|(有没有|有什么|有啥)(新的?)?(通知|广播)|(看看|查看|查一下|看下|看一下)(最近的|最新的|我的)?(通知|广播)(?!发送|送达|记录)|(漏看|错过|没看)(了)?(的)?(通知|广播)|^(最近|最新|近期)的?(通知|广播)(我|给我|让我|发我)?(看看|看下|看一下|瞧瞧|查一下|瞅瞅)$|(有没有|还有)(没回|未回|没回复|未回复|没看|未读|没读|没回执)的?(通知|广播)|(书记|支部|组织)?(发|推送|群发)的(通知|广播)(在)?(哪|哪里|哪儿)(看|查|找)|(刚才|刚刚|上次|之前|前面|昨天|那天)(发)?的?(那个|那条|这个|这条)?(通知|广播)(说|讲|写)?(的)?(是)?(啥|什么|哪些)")]
    private static partial Regex Pattern();

    /// <summary>Sending one, or how the committee's broadcasts went (广播记录), is another command.</summary>
    [GeneratedRegex(@"帮我通知|党小组|发送情况|送达|记录|(发|群发)(个|一个|一条|条)?(通知|广播)|大家|全体|所有人")]
    private static partial Regex Others();
}
