using System.Text.RegularExpressions;
using BranchBot.Dialogs.Talks;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "谁想找我谈心", "最近有人约我谈心吗": asking who wants a talk with the speaker is the 谈心请求 list, read at once.
/// "书记找过我谈话没" asks about talks held: it says where they are and offers the view the speaker can open (谈心情况 for
/// the committee, the speaker's own 谈心记录 otherwise). Never a 谈心 of the speaker's own, nor a rules answer.
/// </summary>
public sealed partial class TalkRequestsAskedIntent : IIntentRule
{
    // It reads one of three views, so it names none: a typed "谈心情况 2025" is read by the rule that owns that command.
    public string Command => "?";

    public bool ReadsArguments => false;

    private const double Certain = 0.9;

    // Below the run threshold: the view is offered with where the answer is, not opened unasked.
    private const double Offered = 0.6;

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (TalksHeld().IsMatch(input.Clean))
        {
            var view = input.Sender?.IsCommittee == true ? TalkTexts.CoverageView : TalkTexts.OwnRecordsView;
            return ValueTask.FromResult<IntentMatch?>(new IntentMatch(view, view, IntentEffect.Read, Offered, new Dictionary<string, string>())
            {
                Explanation = TalkTexts.WhereTalksAre(view),
                ButtonTitle = view,
            });
        }

        return ValueTask.FromResult(Pattern().IsMatch(input.Clean)
            ? new IntentMatch(TalkRequestsCommand.Keyword, TalkRequestsCommand.Keyword, IntentEffect.Read, Certain, new Dictionary<string, string>())
            : null);
    }

    /// <summary>
    /// "书记有没有约我谈话", "有没有同志想找我谈心的", "谁想跟我聊聊", but not "书记有没有空和我聊聊" (a wish to talk,
    /// <see cref="TalkRequestIntent"/>).
    /// </summary>
    [GeneratedRegex(@"(谁|有人|有没有人|有谁|哪个|哪位).{0,4}(找|约|跟|和|同)我.{0,3}(谈|聊)|有没有(人|同志|党员|谁)?(想|要)?(找|约)我(谈|聊)")]
    private static partial Regex Pattern();

    /// <summary>"书记找过我谈话没", "有没有人约过我谈心": whether a talk was held, not who is waiting for one.</summary>
    [GeneratedRegex(@"(找|约)过我(谈|聊)")]
    private static partial Regex TalksHeld();
}
