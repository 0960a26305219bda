using System.Text.RegularExpressions;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Intents;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// A question about the branch typed at a 谈心 question ("下周二那个会在哪开"): answered by the command that only shows
/// it (近期安排, 往期会议, 我的信息), and not stored as the member's 谈心 answer, which the 书记 would read. Only a
/// sentence shaped as a question and read surely as a read-only command counts; anything else stays the answer, as
/// answers may well ask something of the branch ("能帮忙问问孩子入学的事吗").
/// </summary>
public sealed partial class TalkSideQuestions(IntentRecognizer recognizer, IntentInputReader inputs, CommandCatalog catalog, CommandInterruption interruption)
{
    public async Task<bool> TryAnswerAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var text = dc.Text;
        if (string.IsNullOrWhiteSpace(text) || !Question().IsMatch(text))
        {
            return false;
        }

        var readings = await recognizer.RecognizeAsync(inputs.ReadInConversation(text, Sender.Of(dc)), cancellationToken);
        if (readings is not [{ Confidence: >= IntentRecognizer.RunThreshold, Effect: IntentEffect.Read } best, ..]
            || catalog.Match(best.CommandLine) is not { } match)
        {
            return false;
        }

        await interruption.RunAsync(dc, match, cancellationToken);
        return true;
    }

    [GeneratedRegex(@"[？?]\s*$|[吗呢]\s*[？?。!！]*\s*$|哪|几点|几号|什么时候|啥时候|多久|几次|怎么")]
    private static partial Regex Question();
}
