using System.Text.RegularExpressions;
using BranchBot.Dialogs.Talks;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "告诉书记", "帮我跟书记说一声" with nothing after it: the member wants the 书记 to hear something but has not said what.
/// Asked back with the three ways a member reaches the 书记 here (约谈心, 谈心, 匿名建议), never sent unasked; typed
/// again after the question, it is the button of that name (约谈心).
/// </summary>
public sealed partial class TellSecretaryIntent : IIntentRule
{
    // Below the run threshold: offered with its explanation, never started unasked.
    private const double Offered = 0.7;

    public string Command => TalkRequestCommand.Keyword;

    public bool ReadsArguments => false;

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Pattern().IsMatch(input.Clean))
        {
            return ValueTask.FromResult<IntentMatch?>(null);
        }

        return ValueTask.FromResult<IntentMatch?>(new IntentMatch(Command, Command, IntentEffect.Write, Offered, new Dictionary<string, string> { [IntentSlots.Name] = "书记" })
        {
            Explanation = TalkTexts.WhatToTellTheSecretary,
            ButtonTitle = TalkTexts.TellTarget("书记"),
            OtherButtons = [(FeedbackCommand.Keyword, FeedbackCommand.Keyword), (TalkTexts.SuggestionKeyword, TalkTexts.SuggestionKeyword)],
        });
    }

    [GeneratedRegex(@"^(请|麻烦|麻烦你|你)?(帮我)?((告诉|转告)(一下)?(支部)?书记|(跟|和|给)(支部)?书记(说|讲|反映)(一声|一下)?)(一声|一下)?[吧啊呀呗哈]?$")]
    private static partial Regex Pattern();
}
