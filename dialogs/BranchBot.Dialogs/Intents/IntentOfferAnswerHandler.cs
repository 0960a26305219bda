using BranchBot.Core.Broadcasts;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// The answer typed to "你是想「…」吗？" right after it: 是/对/嗯/好的 runs the command offered (one that writes at once is
/// offered again as its button, since only a press sends it), "第二个" picks between two, 不是/不用 says what else to
/// type; the button's own words typed ("告诉书记") are its press; a reason typed to an offered 请假 (<see cref="LeaveReasonReply"/>) is put on its button. The offer is gone after this turn, so a second 是 does nothing twice. Runs before the other free-text
/// handlers: the question just asked is what a short yes answers.
/// </summary>
public sealed class IntentOfferAnswerHandler(CommandCatalog catalog, IntentRecognizer recognizer, IntentInputReader inputs, BroadcastService broadcasts, BranchClock clock) : IFreeTextHandler
{
    /// <summary>A 是 typed a day after "你是想…吗？" no longer answers it: the member has moved on.</summary>
    public static readonly TimeSpan OfferLifetime = TimeSpan.FromHours(12);

    public int Order => 1;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var offered = turn.Dialogs.LastOffered;
        if (offered.Count == 0 || await IsStaleAsync(offered[0], turn, cancellationToken))
        {
            return false;
        }

        if (offered is [{ AwaitsReason: true } leave] && catalog.Match(turn.Text) is null && LeaveReasonReply.AfterOffer(turn.Text) is { } reason)
        {
            // "是的，家里有事" or "家里有事" to "你是想「请假 下周三党员大会」吗？": the reason joins the button, still only a press sends it.
            var line = $"{leave.Line} {reason}";
            turn.Dialogs.State.Offered = [new OfferedCommand { Title = line, Line = line, Writes = true, At = clock.UtcNow }];
            await turn.SendAsync(Buttons.Message(IntentTexts.OfferWithReason(line), [(line, line)]), cancellationToken);
            return true;
        }

        if (offered.FirstOrDefault(o => o.Title != o.Line && o.Title == TextNormalizer.StripTrailingPunctuation(turn.Text)) is { } typedTitle && catalog.Match(typedTitle.Line) is { } titled)
        {
            // "告诉书记" typed under the button of that name (whose line is 约谈心): the member read the button and chose it,
            // as a press would; otherwise the words would go on to the readers that know no such command.
            await titled.RunAsync(turn, cancellationToken);
            return true;
        }

        var picked = offered.Count > 1 ? ChoiceRecognizer.Recognize(turn.Text, [.. offered.Select(o => Choice.Of(o.Title, o.Line))]) : null;
        var answer = picked is null ? ConfirmPrompt.Interpret(turn.Text) : true;
        if (answer == false && TakesTheLeaveBack(turn, offered))
        {
            // "不用请假了" under an offered 撤销请假: its 不用 is the taking back the member was offered, a yes to it.
            answer = true;
        }

        switch (answer)
        {
            case null:
                return false;
            case false when await AsksForSomethingElseAsync(turn, offered, cancellationToken):
                // "取消一下我的请假申请" after an offer to 约谈心: its 取消 is the verb of a request of its own, not a no.
                return false;
            case false:
                await turn.SendAsync(Buttons.Message(IntentTexts.OfferDeclined, [HelpTexts.HelpWord]), cancellationToken);
                return true;
        }

        if (picked is null && offered.Count > 1)
        {
            await turn.SendAsync(Buttons.Message(IntentTexts.PickOne, offered.Select(o => (o.Title, o.Line))), cancellationToken);
            return true;
        }

        var chosen = offered[picked?.Index ?? 0];
        if (chosen.Writes || catalog.Match(chosen.Line) is not { } match)
        {
            await turn.SendAsync(Buttons.Message(IntentTexts.PressToConfirm(chosen.Title), [(chosen.Title, chosen.Line)]), cancellationToken);
            return true;
        }

        await match.RunAsync(turn, cancellationToken);
        return true;
    }

    /// <summary>
    /// The offer is no longer the last thing the member was asked: it is older than <see cref="OfferLifetime"/>, or a
    /// broadcast reached them after it ("好嘞 知道了" then answers the broadcast, not a 请假 offered the evening before).
    /// </summary>
    private async Task<bool> IsStaleAsync(OfferedCommand offer, BotTurn turn, CancellationToken cancellationToken)
    {
        if (offer.At is not { } at)
        {
            return false;
        }

        if (clock.UtcNow - at > OfferLifetime)
        {
            return true;
        }

        return turn.Sender.Member is { } member
            && await broadcasts.FindLatestReceivedAsync(member, cancellationToken) is { } latest
            && latest.AuthorId != member.Id
            && latest.SendsAt > at;
    }

    /// <summary>
    /// Whether the sentence read alone asks for a command unrelated to the offered ones (one sharing none of their words:
    /// "不请假了" under an offered 请假 is a no to it, though alone it reads as 撤销请假).
    /// </summary>
    private async Task<bool> AsksForSomethingElseAsync(BotTurn turn, IReadOnlyList<OfferedCommand> offered, CancellationToken cancellationToken)
    {
        var readings = await recognizer.RecognizeAsync(inputs.ReadInConversation(turn.Text, turn.Sender), cancellationToken);
        return readings is [{ Confidence: >= IntentRecognizer.AskThreshold } best, ..]
            && best.Command != HelpTexts.HelpWord
            && !offered.Any(o => SharesCommandWord(best.Command, o.Line.Split(' ')[0]));
    }

    /// <summary>
    /// Whether an offered 撤销请假 is answered in the words of taking a leave back ("不用请假了", "假不请了"), whose 不 is
    /// the taking back itself. Other offers are not: "不取消了" under an offered 取消会议 is a no.
    /// </summary>
    private static bool TakesTheLeaveBack(BotTurn turn, IReadOnlyList<OfferedCommand> offered) =>
        offered is [var only] && only.Line.Split(' ')[0] == WithdrawLeaveCommand.Keyword
        && LeaveWithdrawalWords.TakeBack(IntentText.Clean(turn.Text));

    private static bool SharesCommandWord(string read, string offered) =>
        read.Contains(offered, StringComparison.Ordinal) || offered.Contains(read, StringComparison.Ordinal);
}
