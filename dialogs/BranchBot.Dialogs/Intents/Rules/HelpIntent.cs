using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "这个怎么用啊", "有哪些命令", "会议相关的功能有哪些", "你能做什么": 帮助, with the topic when the sentence names one.
/// Only questions about the bot itself: "党费怎么用" names no bot and stays with the knowledge base.
/// </summary>
public sealed partial class HelpIntent : IIntentRule
{
    public string Command => Bot.HelpTexts.HelpWord;

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (!AboutTheBot().IsMatch(text))
        {
            return null;
        }

        var topic = Topic().Match(text);
        var line = topic.Success ? $"{Command} {topic.Value}" : Command;
        return new IntentMatch(Command, line, IntentEffect.Read, 0.85, new Dictionary<string, string>());
    }

    [GeneratedRegex(@"^(这个|你|机器人|这个机器人|这个系统|这个助手|它)?(该|要)?(怎么用|怎么使用|如何使用|怎么操作|咋用)|(有|支持)(哪些|什么)(命令|指令|功能)|(命令|指令|功能)(都)?有(哪些|什么)|^(你|机器人|这个机器人|它)(都)?(能|会|可以)(做|干)(些)?(什么|啥)|(都)?(能|会|可以)(干|做)(些)?(嘛|啥|什么)$|不(太)?会(用|操作)|^(菜单|功能|主菜单|功能菜单|帮助|使用帮助|查看帮助)$|使用说明|命令列表|功能列表|操作指南")]
    private static partial Regex AboutTheBot();

    [GeneratedRegex(@"会议|广播|谈心|成员")]
    private static partial Regex Topic();
}
