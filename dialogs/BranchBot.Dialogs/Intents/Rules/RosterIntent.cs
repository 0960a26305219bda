using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"支部有哪些党员", "看看党员名单", "谁还没加入": 党员名单 (for the committee).</summary>
public sealed partial class RosterIntent : IIntentRule
{
    public string Command => "党员名单";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Pattern().IsMatch(input.Clean) && !IntentText.AsksAboutRules(input.Clean) && !Question().IsMatch(input.Clean)
            ? new IntentMatch(Command, Command, IntentEffect.Read, 0.85, new Dictionary<string, string>())
            : null;
    }

    [GeneratedRegex(@"(支部|我们|咱们)(里|现在|目前|一共|总共|里面)*(都)?(有)(哪些|多少|几个|几名)(党员|人|成员|同志)|(支部|我们|咱们)(里|里面)?(现在|目前)(有)?(多少|几个|几名)(党员|人|成员|同志)$|(支部|我们|咱们)(里|现在|目前|里面)*(一共|总共)(有)?(多少|几个|几名)(党员|人|成员|同志)$|(支部|我们|咱们)(里|里面)?都有谁$|(看看|查看|查一下|看一下|看下|给我看看|发一下|调出)(全体)?(党员|成员)?(名单|花名册)|花名册|党员名单|成员名单|党员列表|成员列表|(谁|哪些人)(还)?(没有|没)(加入|绑定|进来)|(大家|所有人|全员|全体党员|同志们)(都)?(已经)?(加进来|加入|进来|绑定)了?(没有|没)$")]
    private static partial Regex Pattern();

    /// <summary>"党员名单可以给别人看吗": a question about the roster, not a request for it.</summary>
    [GeneratedRegex(@"可以|能不能|能否|谁能|给别人|吗$|\?")]
    private static partial Regex Question();
}
