using System.Text.RegularExpressions;
using BranchBot.Dialogs.Talks;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "我最近工作压力有点大", "家里出了点事 心里挺乱的": a member telling of their own difficulty is what 谈心谈话 is for. The
/// bot answers with the two ways to be heard (tell the 书记 and be called for a talk, or write it in 谈心), asked, never
/// run; about someone else ("王芳最近压力大") or in a question about the rules, it stays out.
/// </summary>
public sealed partial class HardshipIntent : IIntentRule
{
    private const int LongestStatement = 40;

    // Below the run threshold: offered with its explanation, never started unasked.
    private const double Offered = 0.7;

    public string Command => TalkRequestCommand.Keyword;

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (text.Length > LongestStatement || !Hardship().IsMatch(text) || SomeoneElse().IsMatch(text)
            || IntentText.AsksAboutRules(text) || NotTheMembersOwn().IsMatch(text) || await StartsWithANameAsync(text, input, cancellationToken))
        {
            return null;
        }

        return new IntentMatch(Command, Command, IntentEffect.Write, Offered, new Dictionary<string, string> { [IntentSlots.Name] = "书记" })
        {
            Explanation = TalkTexts.HardshipOffer,
            ButtonTitle = TalkTexts.TellTarget("书记"),
            OtherButtons = [(FeedbackCommand.Keyword, FeedbackCommand.Keyword)],
        };
    }

    /// <summary>"王芳最近压力有点大": a member of the branch named first is whom the sentence is about.</summary>
    private static async ValueTask<bool> StartsWithANameAsync(string text, IntentInput input, CancellationToken cancellationToken)
    {
        foreach (var length in NameLengths)
        {
            if (text.Length > length && await input.MemberNamedAsync(text[..length], cancellationToken) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly int[] NameLengths = [2, 3, 4];

    [GeneratedRegex(@"压力(有点|有些|很|太|挺|特别|比较|蛮|好|非常)?大|心情(不好|不太好|很差|差|低落|郁闷|不佳)|心(里|情)?(很|有点|挺|特别)?(乱|堵|烦)|心烦|烦心|焦虑|郁闷|迷茫|想不通|想不开|委屈|苦恼|睡不(好|着)|失眠|(遇到|碰到|有)(了)?(点|些|一些|很多)?(困难|难处|难事)|家里(出了|有)(点|些)?(事|变故|困难)|身体(不好|不太好|出了问题|出问题)|情绪(不好|低落|不对|不太对)")]
    private static partial Regex Hardship();

    /// <summary>Another person's difficulty (他/她, 党员 in general) or a question whether something is allowed.</summary>
    [GeneratedRegex(@"他|她|大家|有人|同志|党员|群众|支部|可以|能不能|能否|是否|允许|规定|怎么办理")]
    private static partial Regex SomeoneElse();

    /// <summary>A leave reason ("请假 家里出了点事"), a talk being recorded, or another command's words.</summary>
    [GeneratedRegex(@"请假|请个假|去不了|来不了|参加不了|记录|记一下|登记|谈了|谈过|党费|签到|安排|通知")]
    private static partial Regex NotTheMembersOwn();
}
