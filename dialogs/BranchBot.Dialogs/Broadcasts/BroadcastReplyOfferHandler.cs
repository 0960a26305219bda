using BranchBot.Core.Broadcasts;
using BranchBot.Core.Knowledge;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Knowledge;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>
/// "笔记手写的行不行", "周六几点集合" typed within a day of a broadcast, when nothing else reads them and they are no rules
/// question: most likely said about the broadcast, so a reply to it is offered as a button (a press sends it to the
/// author, "是" shows the button again). Bare acknowledgements are left to 收到 or "not understood".
/// </summary>
public sealed class BroadcastReplyOfferHandler(BroadcastService broadcasts, KnowledgeResponder knowledge, BranchClock clock) : IFreeTextHandler
{
    private static readonly TimeSpan Within = TimeSpan.FromDays(1);

    private const int MinimumLetters = 3;

    // After every reader of commands and intents, just before the knowledge base (which answers rules questions).
    public int Order => 99;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = turn.Text.Trim();
        if (turn.Sender.Member is not { } member
            || text.Count(char.IsLetterOrDigit) < MinimumLetters
            || text.Length > BroadcastService.MaxReplyLength
            || AcknowledgementWordsHandler.IsAcknowledgement(text)
            || await broadcasts.FindRecentlyReceivedAsync(member, Within, cancellationToken) is not { } recent)
        {
            return false;
        }

        if (KnowledgeAnswerHandler.AsksTheRules(text) && (await knowledge.SearchAsync(text, cancellationToken)).Verdict != KnowledgeVerdict.OutOfScope)
        {
            return false;
        }

        var title = BroadcastTexts.ReplyButtonTitle(recent);
        var line = BroadcastTexts.ReplyButtonValue(recent.Broadcast.Number, text);
        turn.Dialogs.State.Offered = [new OfferedCommand { Title = title, Line = line, Writes = true, At = clock.UtcNow }];
        await turn.SendAsync(Buttons.Message(BroadcastTexts.OfferReply(recent), [(title, line), (HelpTexts.HelpWord, HelpTexts.HelpWord)]), cancellationToken);
        return true;
    }
}
