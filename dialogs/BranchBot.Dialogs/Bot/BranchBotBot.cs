using BranchBot.BotFramework.Schema;
using BranchBot.BotFramework.Turns;
using BranchBot.Core.Storage;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;
using Microsoft.Extensions.Logging;

namespace BranchBot.Dialogs.Bot;

/// <summary>
/// The bot: for each message, the active dialog if there is one, else a command, else free text handling.
/// 取消 and 帮助 interrupt any dialog. Conversation state is loaded and saved once per turn.
/// </summary>
public sealed partial class BranchBotBot(
    DialogSet dialogs,
    CommandCatalog commands,
    ConversationStateCache states,
    ChatAddressTracker addresses,
    SenderResolver senders,
    HelpResponder help,
    ChoiceQuestionStepAside stepAside,
    IEnumerable<IFreeTextHandler> freeTextHandlers,
    IEnumerable<IDialogInterjection> interjections,
    Intents.IntentRecognizer intents,
    Intents.IntentInputReader intentInputs,
    Core.Time.BranchClock clock,
    ILogger<BranchBotBot> logger) : IBot
{
    private readonly IFreeTextHandler[] _freeTextHandlers = [.. freeTextHandlers.OrderBy(h => h.Order)];
    private readonly IDialogInterjection[] _interjections = [.. interjections];

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateAsync(turnContext, cancellationToken);
                break;
            default:
                // Invokes stay unanswered (501); typing, events and unknown types need no answer.
                LogIgnored(logger, activity.Type);
                break;
        }
    }

    private async Task OnMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            await RunMessageTurnAsync(turnContext, cancellationToken);
        }
        catch (Exception failure) when (StorageUnavailableException.Find(failure) is { } storage)
        {
            // Not a bug: the disk is full or the file busy. Nothing of this turn was kept; say so plainly.
            LogStorageUnavailable(logger, storage.Problem, storage.Message);
            await turnContext.SendActivityAsync(Activity.CreateMessage(BotTexts.StorageUnavailable(storage.Problem)), cancellationToken);
        }
    }

    private async Task RunMessageTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        await addresses.TrackAsync(activity, cancellationToken);
        var key = StateKey(activity);
        var state = await states.LoadAsync(key, cancellationToken);
        var sender = await senders.ResolveAsync(activity, cancellationToken);
        var turn = new BotTurn(turnContext, new DialogContext(dialogs, turnContext, state), sender);

        await RouteAsync(turn, cancellationToken);
        await states.SaveAsync(key, state, cancellationToken);
    }

    private async Task RouteAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        var text = TextNormalizer.StripTrailingPunctuation(turn.Text);
        if (text.Length == 0)
        {
            await AnswerNoWordsAsync(turn, cancellationToken);
            return;
        }

        var inDialog = turn.Dialogs.ActiveInstance is not null;
        if (BotTexts.CancelWords.Contains(text))
        {
            await turn.Dialogs.CancelAllByUserAsync(cancellationToken);
            // A dialog that said what its cancelling did (谈心: "内容已经删除") needs no second "已取消".
            if (!turn.Context.Responded)
            {
                await turn.SendAsync(inDialog ? BotTexts.Cancelled : BotTexts.NothingToCancel, cancellationToken);
            }

            return;
        }

        if (help.RecognizeRequest(text) is { } subject)
        {
            await help.SendAsync(turn, subject, cancellationToken);
            if (inDialog)
            {
                await turn.Dialogs.RepromptAsync(cancellationToken);
            }

            return;
        }

        if (inDialog && IsPuzzled(turn.Text, text))
        {
            await turn.Dialogs.RepromptAsync(cancellationToken);
            return;
        }

        if (inDialog)
        {
            foreach (var interjection in _interjections)
            {
                if (await interjection.TryInterjectAsync(turn, cancellationToken))
                {
                    await turn.Dialogs.RepromptAsync(cancellationToken);
                    return;
                }
            }

            var aside = await stepAside.TryAsync(turn, cancellationToken);
            if (aside == StepAside.Handled)
            {
                return;
            }

            if (aside == StepAside.No)
            {
                await turn.Dialogs.ContinueDialogAsync(cancellationToken);
                return;
            }
        }

        // "收到刘洋11月党费": a keyword glued into a sentence that reads surely as another request is left to the intent
        // layer, which offers or previews that request, instead of running the command the sentence happens to start with.
        if (commands.Match(turn.Text) is { } match
            && (turn.Sender.Member is null || await intents.SentenceInsteadOfTypedAsync(intentInputs.ReadInConversation(turn.Text, turn.Sender), cancellationToken) is null))
        {
            await match.RunAsync(turn, cancellationToken);
            // A view typed with its keyword ("签到情况") is asked again by "那党课呢" as one read from a sentence is.
            Intents.ViewFollowUp.Remember(turn.Dialogs.State, $"{match.Command.Keywords[0]} {match.Arguments}".Trim(), clock.UtcNow);
            return;
        }

        foreach (var handler in _freeTextHandlers)
        {
            if (await handler.TryHandleAsync(turn, cancellationToken))
            {
                return;
            }
        }

        await help.SendNotUnderstoodAsync(turn, cancellationToken);
    }

    private async Task OnConversationUpdateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        var humans = activity.MembersAdded?.Where(m => m?.Id is not null && m.Id != botId).ToList() ?? [];
        if (humans.Count == 0)
        {
            return;
        }

        await addresses.TrackAsync(activity, cancellationToken);
        var sender = await senders.ResolveAsync(activity, cancellationToken);
        await help.SendWelcomeAsync(turnContext, sender, cancellationToken);
    }

    /// <summary>Each person has their own dialog, also in a group conversation.</summary>
    // "？？？" or "。。。" is text with no words: ask the pending question again, or say what the bot can do. Only a
    // message without any text (a picture, a sticker) is told that the bot reads text.
    private async Task AnswerNoWordsAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(turn.Text))
        {
            await turn.SendAsync(BotTexts.TextOnly, cancellationToken);
        }
        else if (turn.Dialogs.ActiveInstance is not null)
        {
            await turn.Dialogs.RepromptAsync(cancellationToken);
        }
        else
        {
            await help.SendNotUnderstoodAsync(turn, cancellationToken);
        }
    }

    // "啊？" at 谈心's question for suggestions was stored as the suggestion: a puzzled word asked back (it ends in a
    // question mark) re-asks the pending question, as punctuation alone does, and is kept as nobody's answer.
    private static bool IsPuzzled(string typed, string words) =>
        (typed.TrimEnd().EndsWith('？') || typed.TrimEnd().EndsWith('?')) && BotTexts.PuzzledWords.Contains(words);

    private static string StateKey(Activity activity) => $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.From?.Id}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn not completed, storage unavailable ({Problem}): {Reason}")]
    private static partial void LogStorageUnavailable(ILogger logger, StorageProblem problem, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored a {ActivityType} activity")]
    private static partial void LogIgnored(ILogger logger, string? activityType);
}
