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
        return Pattern().IsMatch(text) && !text.Contains("重置", StringComparison.Ordinal)
            ? new IntentMatch(Command, Command, IntentEffect.Read, 0.9, new Dictionary<string, string>())
            : null;
    }

    [GeneratedRegex(@"(加|添加|导入|同步|放|订阅|存)(到|进)?.{0,6}(日历|日程表)|日历(订阅|链接|同步)|(手机|苹果|安卓|outlook|Outlook)日历")]
    private static partial Regex Pattern();
}
