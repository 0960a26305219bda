using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"我想匿名提个建议，学习会能不能短一点": 匿名建议 with the suggestion, offered as a button (it is sent at once).</summary>
public sealed partial class SuggestionIntent : IIntentRule
{
    public string Command => "匿名建议";

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        var match = Pattern().Match(text);
        if (!match.Success || About().IsMatch(text))
        {
            return null;
        }

        var content = text[(match.Index + match.Length)..].Trim(' ', ',', ':', '。');
        var line = content.Length > 0 ? $"{Command} {content}" : Command;
        // "刚那条匿名建议我不提了": taking a suggestion back sends none; what is meant is asked, never offered as sure.
        return new IntentMatch(Command, line, IntentEffect.Write, TakenBack().IsMatch(content) ? 0.6 : 0.85, new Dictionary<string, string>());
    }

    [GeneratedRegex(@"(不(想|要|用|愿意|便|方便)?(署名|留名|具名)|匿名)(地)?(提|说|反映|给支部提|向支部提|写)?(一下)?(一|个|一个|条|一条|点)?(建议|意见|想法)?(吧)?")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(我)?(就|还是|先)?(不(想|要)?(提|发|写|说|反映|交)了|不提|算了|撤回|收回|作废|删(掉|了))")]
    private static partial Regex TakenBack();

    /// <summary>Questions about the anonymity itself or how soon it is answered, or the list of suggestions, are not a suggestion.</summary>
    [GeneratedRegex(@"谁|大家|有没?有人|提的|拿来|都拿|会不会|能看到|看得到|看到|安全|真的|列表|查看|看看|看下|看一下|有哪些|多久|多长时间|几天|怎么|吗$|\?")]
    private static partial Regex About();
}
