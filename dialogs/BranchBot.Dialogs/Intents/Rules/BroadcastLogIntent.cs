using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "看看最近的广播发送情况", "之前发过哪些广播": 广播记录; so is a question whether people saw or got the notice, with the
/// notice named first ("通知大家都看了没", "最近发的那几条有几个人读了") or last ("大家都收到通知了吗"), and how many were sent
/// ("今年一共发过多少条通知").
/// </summary>
public sealed partial class BroadcastLogIntent : IIntentRule
{
    public string Command => "广播记录";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Pattern().IsMatch(input.Clean) && !IntentText.AsksAboutRules(input.Clean)
            ? new IntentMatch(Command, Command, IntentEffect.Read, 0.85, new Dictionary<string, string>())
            : null;
    }

    [GeneratedRegex(@"(上一条|上条|最近一条|刚才的|刚发的|发出去的)(广播|通知).{0,8}(回执|看了|收到|读了)|(广播|通知)(有)?(几个|多少)人(回执|看了|收到|读了)|(广播|通知|群发).{0,4}(发送情况|送达情况|记录|列表|历史|发出去了没|发出去没|发了没|发了吗|都发了吗|发得怎么样)|(?<!给我)(发过|发了|发出)(的)?(哪些|几条|多少|什么|啥)?(广播|通知|群发)|(看看|查看|查一下|看下|看一下)(最近|之前|以前)(我)?发的(广播|通知)|最近的广播|已发(的)?广播|(发的|发过的|发出的)(通知|广播).{0,6}(看了|看到|收到|读了|回执)|(上次|上回|之前|刚才|昨天)(那个|那条|的)?(广播|通知).{0,6}(收到|看到|看了|读了)(了)?(没有|没|吗)|^(那?个|那?条|这个|这条|刚才的?|刚发的)?(广播|通知)(大家|大伙儿?|成员们?|党员们?|同志们|他们)?(都)?(收到|看到|看了|读了)(了)?(没有|没|吗)|(大家|大伙儿?|成员们?|党员们?|同志们|他们)(都)?(收到|看到|看了|读了)(那个|那条|这个|这条)?(广播|通知)(了)?(没有|没|吗)|(通知|广播|那几条|这几条).{0,8}(大家|有几个人|多少人|几个人|谁)(都|还)?(没)?(看|收到|读)(了|到|过)?(没|没有)?|(发过|发了)(多少|几)条?(通知|广播)")]
    private static partial Regex Pattern();
}
