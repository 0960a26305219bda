using System.Text.RegularExpressions;
using BranchBot.Dialogs.Talks;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "我想找书记谈谈心": explains what 谈心谈话 is and offers to tell the 书记 (约谈心), or to start 谈心 here.
/// </summary>
public sealed partial class TalkRequestIntent : IIntentRule
{
    public string Command => TalkRequestCommand.Keyword;

    public IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var match = Pattern().Match(input.Clean);
        if (!match.Success || IntentText.AsksAboutRules(input.Clean))
        {
            return null;
        }

        var who = match.Groups["who"].Value;
        var name = who is "书记" or "支部书记" ? null : input.MemberNamed(who);
        if (name is null && who is not ("书记" or "支部书记"))
        {
            return null;
        }

        var target = name ?? "书记";
        var line = name is null ? Command : $"{Command} {name}";
        return new IntentMatch(Command, line, IntentEffect.Write, 0.85, new Dictionary<string, string> { [IntentSlots.Name] = target })
        {
            Explanation = TalkTexts.TalkRequestOffer(target),
            ButtonTitle = TalkTexts.TellTarget(target),
            OtherButtons = [(FeedbackCommand.Keyword, FeedbackCommand.Keyword)],
        };
    }

    [GeneratedRegex(@"(找|跟|和|与|同|约|请)(?<who>支部书记|书记|[\u4e00-\u9fa5]{2,4}?)(同志)?(一起)?(谈谈心|谈心|聊聊|谈谈|聊一聊|谈一谈|谈一下|聊一下|谈话|谈个心|说说话|说说心里话)")]
    private static partial Regex Pattern();
}
