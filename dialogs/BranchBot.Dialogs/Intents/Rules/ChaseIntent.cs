using System.Text.RegularExpressions;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "给还没回执的人再催一下", "没确认收到的再提醒一遍", "催一下没回的": 催收 (the command asks which broadcast; offered as a button,
/// since the reminder is sent at once). Only for those who may send broadcasts.
/// </summary>
public sealed partial class ChaseIntent : IIntentRule
{
    public string Command => "催收";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        return ValueTask.FromResult(
            input.Sender is { } sender && ArrangeCommand.MayArrange(sender) && Pattern().IsMatch(text) && !IntentText.AsksAboutRules(text)
                ? new IntentMatch(Command, Command, IntentEffect.Write, 0.85, new Dictionary<string, string>())
                : null);
    }

    [GeneratedRegex(@"(没|未|还没)(有)?(回执|确认|回复|收到|点收到|回)的?(人|同志|党员)?.{0,4}(再)?(催|提醒)(一下|一催|催|一遍|一次)?(吧)?$|(再)?(催|提醒)(一下|一遍)?(没|未|还没)(有)?(回执|确认|回复|收到|回)的?(人|同志|党员)?(吧)?$")]
    private static partial Regex Pattern();
}
