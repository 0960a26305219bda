using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"把会议加到我的手机日历里", "会议能同步到日历吗": 我的日历 (the private subscription link).</summary>
public sealed partial class CalendarIntent : IIntentRule
{
    public string Command => "我的日历";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        return Pattern().IsMatch(text) && !NotTheLink().IsMatch(text)
            ? new IntentMatch(Command, Command, IntentEffect.Read, 0.9, new Dictionary<string, string>())
            : null;
    }

    /// <summary>A new link (重置日历链接) or what the link is for is another matter.</summary>
    [GeneratedRegex(@"重置|(换|重新|作废|失效|泄露)|是(干嘛|干啥|做什么|什么)|有(什么|啥)用")]
    private static partial Regex NotTheLink();

    [GeneratedRegex(@"(加|添加|导入|同步|放|订阅|存)(到|进)?.{0,6}(日历|日程表)|日历(订阅|链接|同步)|(手机|苹果|安卓|outlook|Outlook)日历|日历(弄|加|放|装|同步|导)(到|进)(手机|电脑)")]
    private static partial Regex Pattern();
}
