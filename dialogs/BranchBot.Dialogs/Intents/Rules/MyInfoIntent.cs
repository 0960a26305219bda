using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"我是什么角色", "我在哪个党小组": 我的信息.</summary>
public sealed partial class MyInfoIntent : IIntentRule
{
    public string Command => "我的信息";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Pattern().IsMatch(input.Clean)
            ? new IntentMatch(Command, Command, IntentEffect.Read, 0.85, new Dictionary<string, string>())
            : null;
    }

    [GeneratedRegex(@"^(我|查一下我|看看我)(现在)?(是|的)(什么|啥)?(角色|职务|身份)|^(请问|问一下|想问一下|问下)?我(在|属于|是)(哪个|哪一个|什么|第几)(党小组|小组|组|支部)|^(查看|看看|查一下|看下|看一下)?我的(个人|党员)?(信息|资料|档案|角色|职务|身份|党小组)|^(查看|看看|查一下)?个人信息")]
    private static partial Regex Pattern();
}
