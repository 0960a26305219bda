using System.Text.RegularExpressions;
using BranchBot.Dialogs.Talks;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "我有个建议 以后开会能不能早点通知", "想给支部提点意见": a suggestion without saying whether it is signed. Asked back with
/// the two ways it reaches the branch, each carrying what was said: signed to the 书记 in 谈心 (as the answer to its
/// question about the branch's work) or 匿名建议. A suggestion said to be anonymous is <see cref="SuggestionIntent"/>'s;
/// a question about how suggestions are made is left to help and the rules.
/// </summary>
public sealed partial class SuggestionWishIntent : IIntentRule
{
    // Below the run threshold: the member chooses the way, nothing is sent from the sentence.
    private const double Offered = 0.7;

    private const int ShortestSuggestion = 8;

    public string Command => FeedbackCommand.Keyword;

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        var wish = Wish().Match(text);
        if (!wish.Success || Anonymous().IsMatch(text))
        {
            return ValueTask.FromResult<IntentMatch?>(null);
        }

        // "我有个建议 怎么提": a short question after the wish asks how; "…学习材料能不能提前一天发" is the suggestion.
        var said = text[(wish.Index + wish.Length)..].Trim(' ', ',', '，', ':', '：', '。');
        if (said.Length <= ShortestSuggestion && (HowTo().IsMatch(said) || IntentText.AsksAboutRules(said)))
        {
            return ValueTask.FromResult<IntentMatch?>(null);
        }
        var signed = said.Length == 0 ? FeedbackCommand.Keyword : $"{FeedbackCommand.Keyword} {FeedbackCommand.SuggestionWord}：{said}";
        var anonymous = said.Length == 0 ? TalkTexts.SuggestionKeyword : $"{TalkTexts.SuggestionKeyword} {said}";
        return ValueTask.FromResult<IntentMatch?>(new IntentMatch(Command, signed, IntentEffect.Previewed, Offered, new Dictionary<string, string>())
        {
            Explanation = TalkTexts.SignedOrAnonymousSuggestion,
            ButtonTitle = TalkTexts.SignedSuggestionButton,
            OtherButtons = [(TalkTexts.SuggestionKeyword, anonymous)],
        });
    }

    /// <summary>"我有个建议", "想给支部提点意见", "提个小建议：…", "对支部工作有点想法想反映一下", at the start of the message.</summary>
    [GeneratedRegex(@"^(我|俺)?(这边|这里|这儿)?(对(支部|咱们支部|组织|支部工作|开会|学习)(的?工作)?)?(还)?(有|想提|想给支部提|想跟支部提|想向支部提|想给书记提|想跟书记提|想向书记提|要提|提|给支部提|向支部提|跟支部提)(个|一个|一条|点|一点|几点|些|几个|条)?(小)?(建议|意见|想法)(想|要)?((跟|给|向|和)(支部|书记|组织|你|您|大家))?(提|说|反映|讲|聊)?(一下|一下子|两句)?(吧|哈|啊)?(?=$|[,，:：。\s])")]
    private static partial Regex Wish();

    [GeneratedRegex(@"匿名|不(想|要|用|愿意|便|方便)?(署名|留名|具名|让人知道)")]
    private static partial Regex Anonymous();

    /// <summary>"…怎么提", "…在哪提", "…找谁": how, not what.</summary>
    [GeneratedRegex(@"怎么提|咋提|在哪(里|儿)?提|如何提|怎么(反映|说)|能不能提|可以提吗|能提吗|找谁")]
    private static partial Regex HowTo();
}
