using System.Text.RegularExpressions;
using BranchBot.Dialogs.Talks;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "谁想找我谈心", "最近有人约我谈心吗": asking who wants a talk with the speaker. A request reaches its addressee the
/// moment it is made (【谈心请求】), so the answer says where to find it and offers the talk view the speaker can open:
/// 谈心情况 for the committee, the speaker's own 谈心记录 otherwise. Never a 谈心 of the speaker's own, nor a rules answer.
/// </summary>
public sealed partial class TalkRequestsAskedIntent : IIntentRule
{
    private const string Coverage = "谈心情况";
    private const string OwnRecords = "谈心记录";

    // It reads either of two views, so it names neither: a typed "谈心情况 2025" is read by the rule that owns that command.
    public string Command => "?";

    public bool ReadsArguments => false;

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Pattern().IsMatch(input.Clean))
        {
            return ValueTask.FromResult<IntentMatch?>(null);
        }

        var view = input.Sender?.IsCommittee == true ? Coverage : OwnRecords;
        return ValueTask.FromResult<IntentMatch?>(new IntentMatch(view, view, IntentEffect.Read, 0.6, new Dictionary<string, string>())
        {
            Explanation = TalkTexts.WhereTalkRequestsAre(view),
            ButtonTitle = view,
        });
    }

    /// <summary>
    /// "书记有没有约我谈话", "有没有同志想找我谈心的", "书记找过我谈话没", but not "书记有没有空和我聊聊" (a wish to talk,
    /// <see cref="TalkRequestIntent"/>).
    /// </summary>
    [GeneratedRegex(@"(谁|有人|有没有人|有谁|哪个|哪位).{0,4}(找|约|跟|和|同)我.{0,3}(谈|聊)|有没有(人|同志|党员|谁)?(想|要)?(找|约)(过)?我(谈|聊)|(找|约)过我(谈|聊)")]
    private static partial Regex Pattern();
}
