using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules.Overviews;

/// <summary>
/// "这个月都开过哪些会", "今年主题党日搞了几回", "支部现在一共多少个党员", "今年都谁没交齐党费": an overview asked in plain
/// words, without the command's name. Each command that only shows something is asked for by what it counts or lists
/// (会, 主题党日, 党员, 党费, 通知…) in an asking shape (哪些, 几回, 多少, 都有谁, 咋样, 没): read for sure, as nothing
/// is written. A question about how something is done or about the rules is left to the knowledge base.
/// </summary>
public abstract partial class OverviewInWordsIntent : IIntentRule
{
    public abstract string Command { get; }

    /// <summary>Only phrasings: a typed command's arguments are read by the command's own rule.</summary>
    public bool ReadsArguments => false;

    /// <summary>The ways the overview is asked for, matched on the cleaned sentence with its spaces taken out.</summary>
    protected abstract Regex Asked { get; }

    /// <summary>Words that make the sentence another overview's (a member's own dues, not everyone's).</summary>
    protected virtual Regex? NotThis => null;

    /// <summary>
    /// Whether a yes-or-no question in the overview's own words ("党费都收齐了吗", "主题党日开够了吗") is asked of it; other
    /// "…吗" questions are usually about the rules ("党费能用微信交吗") and left to the knowledge base.
    /// </summary>
    protected virtual bool AnswersYesNoQuestions => false;

    /// <summary>The sentence without words that ask what the overview shows, which would read as a rules question ("是什么角色").</summary>
    protected virtual string Unasked(string text) => text;

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = Spaces().Replace(input.Clean, string.Empty);
        if (!Asked.IsMatch(text) || NotThis?.IsMatch(text) == true || IntentText.AsksAboutRules(Unasked(HappenedCount().Replace(text, string.Empty))) || HowTo().IsMatch(text)
            || (!AnswersYesNoQuestions && YesNoQuestion().IsMatch(text)))
        {
            return ValueTask.FromResult<IntentMatch?>(null);
        }

        return ValueTask.FromResult<IntentMatch?>(new IntentMatch(Command, Command, IntentEffect.Read, 0.85, new Dictionary<string, string>()));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>"我去年缺了几次会", "党课上了几次": a count of what happened is asked of the records, not of the rules ("一年开几次").</summary>
    [GeneratedRegex(@"(了|过)(几|多少|哪几)(次|回)")]
    private static partial Regex HappenedCount();

    [GeneratedRegex(@"怎么(交|算|弄|办|查|看)|如何|规定|要求|应该|为什么|啥意思|什么意思|能不能|可不可以|能(一块|一起|发展)")]
    private static partial Regex HowTo();

    [GeneratedRegex(@"[吗么]$")]
    private static partial Regex YesNoQuestion();
}
