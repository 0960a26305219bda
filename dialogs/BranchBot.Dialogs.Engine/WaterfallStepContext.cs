using System.Text.Json;
using System.Text.Json.Nodes;
using BranchBot.BotFramework.Turns;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Engine;

/// <summary>What one waterfall step sees: the previous step's result and the values saved so far.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly JsonObject? _options;

    internal WaterfallStepContext(DialogContext dc, WaterfallDialog waterfall, int index, object? result, JsonObject values, JsonObject? options)
    {
        DialogContext = dc;
        _waterfall = waterfall;
        Index = index;
        Result = result;
        Values = values;
        _options = options;
    }

    public DialogContext DialogContext { get; }

    public ITurnContext Context => DialogContext.Context;

    public int Index { get; }

    /// <summary>The previous step's outcome: a prompt's recognised value, or the user's text.</summary>
    public object? Result { get; }

    /// <summary>Values kept across the steps of this dialog (saved with the conversation).</summary>
    public JsonObject Values { get; }

    public T? GetOptions<T>() => _options is null ? default : _options.Deserialize<T>(DialogJson.Options);

    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken) =>
        DialogContext.BeginDialogAsync(promptId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Skips to the next step at once, handing it <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken) =>
        _waterfall.RunStepAsync(DialogContext, Index + 1, result, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    /// <summary>Ends the turn waiting for free text, which the next step receives as its result.</summary>
    public static DialogTurnResult WaitForText() => DialogTurnResult.Waiting;
}
