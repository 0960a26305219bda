using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// Free sentences that ask for a command ("我到了，签个到", "把陈静设为支委"). A sure reading of a command that only
/// shows something, or writes only after its own preview and 确认, runs at once; a command that would write at once is
/// offered as a button, so a misreading never writes. A merely likely reading asks "你是想…吗？" with one or two buttons,
/// and remembers them for one turn so that a typed 是 or 不是 answers the question (<see cref="IntentOfferAnswerHandler"/>).
/// A write command that can tell it would write nothing now (<see cref="IWriteProbe"/>) is run instead of offered.
/// Anything else goes on to the knowledge base.
/// </summary>
public sealed class IntentFreeTextHandler(IntentRecognizer recognizer, IntentInputReader inputs, CommandCatalog catalog, HelpResponder help, BranchClock clock) : IFreeTextHandler
{
    public int Order => 20;

    /// <summary>
    /// The surest reading of the text as a request for a command other than help (at least likely), or null, also for
    /// someone not in the branch: a question with buttons steps aside for it (<see cref="ChoiceQuestionStepAside"/>).
    /// </summary>
    public async Task<IntentMatch?> RequestReadingAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Sender.Member is null)
        {
            return null;
        }

        var readings = await recognizer.RecognizeAsync(inputs.ReadInConversation(turn.Text, turn.Sender), cancellationToken);
        return readings is [{ } best, ..] && best.Command != HelpTexts.HelpWord ? best : null;
    }

    /// <summary>A reading at or above the run threshold that asks for one command only.</summary>
    public static bool IsSure(IntentMatch reading) =>
        reading is { Confidence: >= IntentRecognizer.RunThreshold, LeftOver: null };

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Sender.Member is null)
        {
            return false;
        }

        if (await FollowUpAsync(turn, cancellationToken))
        {
            return true;
        }

        var readings = await recognizer.RecognizeAsync(inputs.ReadInConversation(turn.Text, turn.Sender), cancellationToken);
        if (readings.Count == 0)
        {
            return false;
        }

        var best = readings[0];
        if (best is { Command: HelpTexts.HelpWord, Confidence: >= IntentRecognizer.RunThreshold })
        {
            // "这个怎么用啊": help is answered by the bot itself, not by a catalogue command.
            await help.SendAsync(turn, best.CommandLine[HelpTexts.HelpWord.Length..].Trim(), cancellationToken);
            return true;
        }

        // Two requests that only show something are both shown; otherwise the second is named as not done, before the
        // first one's own question or button so that question stays the last thing said.
        if (best.LeftOver is { } second)
        {
            if (best.Effect == IntentEffect.Read && best.Then is { Effect: IntentEffect.Read } then
                && catalog.Match(best.CommandLine) is { } shown && catalog.Match(then.CommandLine) is { } alsoShown)
            {
                await shown.RunAsync(turn, cancellationToken);
                await alsoShown.RunAsync(turn, cancellationToken);
                ViewFollowUp.Remember(turn.Dialogs.State, then.CommandLine, clock.UtcNow);
                return true;
            }

            // "我周三请个假 顺便问下党费咋交": a second request read for sure is offered as a button beside the first, never
            // run from the sentence; one not read for sure is only named as not done.
            if (best.Then is { Confidence: >= IntentRecognizer.RunThreshold } offeredNext && best.Then.Command != HelpTexts.HelpWord)
            {
                var next = (Title: offeredNext.ButtonTitle ?? offeredNext.CommandLine, Line: offeredNext.CommandLine);
                var runsFirst = best.Confidence >= IntentRecognizer.RunThreshold && best.Effect != IntentEffect.Write;
                if (runsFirst)
                {
                    await turn.SendAsync(Buttons.Message(IntentTexts.SecondRequestOffered(second, next.Title), [next]), cancellationToken);
                }
                else
                {
                    await turn.SendAsync(IntentTexts.SecondRequestOffered(second, next.Title), cancellationToken);
                }

                best = runsFirst ? best : best with { OtherButtons = [.. best.OtherButtons, next] };
                readings = [best, .. readings.Skip(1)];
            }
            else
            {
                await turn.SendAsync(IntentTexts.SecondRequestLeft(second), cancellationToken);
            }
        }

        if (best.Confidence >= IntentRecognizer.RunThreshold && best.Effect != IntentEffect.Write && catalog.Match(best.CommandLine) is { } match)
        {
            await match.RunAsync(turn, cancellationToken);
            if (best.Effect == IntentEffect.Read)
            {
                ViewFollowUp.Remember(turn.Dialogs.State, best.CommandLine, clock.UtcNow);
            }

            return true;
        }

        var likely = best.Confidence >= IntentRecognizer.RunThreshold ? [best] : readings.Take(2).ToList();
        if (likely is [{ Effect: IntentEffect.Write, Explanation: null } only] && RequestMood.AsksNow(IntentText.Clean(turn.Text), only.Command)
            && catalog.Match(only.CommandLine) is { Command: IWriteProbe probe } probed && !await probe.WouldWriteAsync(turn, cancellationToken))
        {
            // "我到了" an hour early: 签到 would only say when check-in opens, so say it now rather than offer a button. A
            // promise ("到时候会签到的") is still asked back: it asks for nothing now.
            await probed.RunAsync(turn, cancellationToken);
            return true;
        }

        // A likeliest reading that explains itself ("这周的会我可能要晚点到": coming late needs no 请假) says so even when a
        // second reading is offered beside it as a button.
        var text = likely is [{ Explanation: { } explanation }, ..] ? explanation : IntentTexts.DidYouMean(likely);
        var offered = likely.Select(m => (Title: m.ButtonTitle ?? m.CommandLine, Line: m.CommandLine, Writes: m.Effect == IntentEffect.Write, AwaitsReason: AwaitsReason(m))).ToList();
        turn.Dialogs.State.Offered = [.. offered.Select(o => new OfferedCommand { Title = o.Title, Line = o.Line, Writes = o.Writes, AwaitsReason = o.AwaitsReason, At = clock.UtcNow })];
        // Two readings may offer the same extra button ("近期安排" beside 签到 and as the second reading): shown once.
        var buttons = offered.Select(o => (o.Title, o.Line)).Concat(likely.SelectMany(m => m.OtherButtons)).DistinctBy(b => b.Title);
        await turn.SendAsync(Buttons.Message(text, buttons), cancellationToken);
        return true;
    }

    /// <summary>
    /// "那下个月的呢" right after a view (<see cref="ViewFollowUp"/>): the view again with the new words, when its command
    /// reads them.
    /// </summary>
    private async Task<bool> FollowUpAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (ViewFollowUp.Line(turn.Dialogs.State, turn.Text, clock.UtcNow) is not { } line || catalog.Match(line) is not { } view)
        {
            return false;
        }

        var input = inputs.ReadInConversation(line, turn.Sender);
        var readings = await recognizer.RecognizeAsync(input, cancellationToken);
        // A member named ("那刘洋呢") is not passed on: the views read a period, a kind or a filter, and one that took the
        // name for a month would answer beside the point. The name alone is left to the other readers, which never
        // offer a write for it.
        if (readings is not [{ Typed: true } reading, ..] || reading.Command != view.Command.Keywords[0]
            || await input.MemberNamedAsync(line, cancellationToken) is not null)
        {
            return false;
        }

        await view.RunAsync(turn, cancellationToken);
        ViewFollowUp.Remember(turn.Dialogs.State, line, clock.UtcNow);
        return true;
    }

    private static bool AwaitsReason(IntentMatch reading) =>
        reading is { Command: "请假", Explanation: null } && !reading.Slots.ContainsKey(IntentSlots.Reason);
}
