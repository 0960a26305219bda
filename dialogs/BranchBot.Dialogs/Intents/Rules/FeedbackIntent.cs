using System.Text.RegularExpressions;
using BranchBot.Dialogs.Talks;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"我想谈心", "想和支部聊聊": 谈心, the member's own conversation with the branch (nothing is sent to anyone before its 确认提交).</summary>
public sealed partial class FeedbackIntent : IIntentRule
{
    public string Command => FeedbackCommand.Keyword;

    public IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Pattern().IsMatch(input.Clean)
            ? new IntentMatch(Command, Command, IntentEffect.Previewed, 0.85, new Dictionary<string, string>())
            : null;
    }

    [GeneratedRegex(@"^(我)?(想|要|希望|打算)(和|跟|同)?(支部|组织)?(谈谈心|谈心|谈一谈|聊聊|聊一聊|说说心里话|聊聊近况)(吧)?$")]
    private static partial Regex Pattern();
}
