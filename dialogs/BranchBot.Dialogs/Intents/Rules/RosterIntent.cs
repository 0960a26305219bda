using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"支部有哪些党员", "看看党员名单", "谁还没加入": 党员名单 (for the committee).</summary>
public sealed partial class RosterIntent : IIntentRule
{
    public string Command => "党员名单";

    public IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Pattern().IsMatch(input.Clean) && !IntentText.AsksAboutRules(input.Clean)
            ? new IntentMatch(Command, Command, IntentEffect.Read, 0.85, new Dictionary<string, string>())
            : null;
    }

    [GeneratedRegex(@"(支部|我们)(里)?(有|都有)(哪些|多少|几个|几名)(党员|人|成员)|(看看|查看|查一下|给我看看)(党员|成员)?名单|(谁|哪些人)(还)?(没有|没)(加入|绑定|进来)")]
    private static partial Regex Pattern();
}
