using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"帮我安排一下今年剩下的谈心", "今年的谈心谈话谁跟谁谈，帮我排一下": 谈心安排 (a preview, then 确认).</summary>
public sealed partial class TalkPlanIntent : IIntentRule
{
    public string Command => "谈心安排";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        return Pattern().IsMatch(text) && !IntentText.AsksAboutRules(text) && !IntentText.IsYesNoQuestion(text)
            ? new IntentMatch(Command, Command, IntentEffect.Previewed, 0.85, new Dictionary<string, string>())
            : null;
    }

    [GeneratedRegex(@"(安排|排|计划|规划|分配)(一下|下)?.{0,10}(谈心|谈话)|(谈心|谈话).{0,12}(安排一下|排一下|排一排|排排|排个|计划一下|分配一下|排班)|谁(跟|和|与)谁谈.{0,8}(排|安排|定)")]
    private static partial Regex Pattern();
}
