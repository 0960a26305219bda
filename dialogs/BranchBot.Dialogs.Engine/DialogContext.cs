using BranchBot.BotFramework.Schema;
using BranchBot.BotFramework.Turns;

namespace BranchBot.Dialogs.Engine;

/// <summary>The dialog stack of the current turn and the operations that move it.</summary>
public sealed class DialogContext(DialogSet dialogs, ITurnContext context, DialogState state)
{
    public ITurnContext Context { get; } = context;

    public DialogState State { get; } = state;

    /// <summary>
    /// What the previous reply offered (<see cref="DialogState.Offered"/>), taken out of the state as this turn starts:
    /// an offer answers only the message right after it, and only once.
    /// </summary>
    public IReadOnlyList<OfferedCommand> LastOffered { get; } = TakeOffered(state);

    public DialogInstance? ActiveInstance => State.Stack.Count == 0 ? null : State.Stack[^1];

    /// <summary>Values that live for this turn only (the sender's member record, for example).</summary>
    public IDictionary<string, object?> TurnItems { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The text of the incoming message, trimmed; empty for non-message activities.</summary>
    public string Text => Context.Activity.Text?.Trim() ?? string.Empty;

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = dialogs.Find(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}'.");
        State.Stack.Add(new DialogInstance { Id = dialogId });
        return dialog.BeginAsync(this, options, cancellationToken);
    }

    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        var active = ActiveInstance;
        if (active is null)
        {
            return Task.FromResult(DialogTurnResult.Empty);
        }

        var dialog = dialogs.Find(active.Id);
        if (dialog is null)
        {
            // The saved stack names a dialog this version no longer has: start afresh.
            State.Stack.Clear();
            return Task.FromResult(DialogTurnResult.Empty);
        }

        return dialog.ContinueAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and hands its result to the dialog below it, if any.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (State.Stack.Count > 0)
        {
            State.Stack.RemoveAt(State.Stack.Count - 1);
        }

        var parent = ActiveInstance;
        if (parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        var dialog = dialogs.Find(parent.Id);
        if (dialog is null)
        {
            State.Stack.Clear();
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        return await dialog.ResumeAsync(this, result, cancellationToken);
    }

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        if (State.Stack.Count > 0)
        {
            State.Stack.RemoveAt(State.Stack.Count - 1);
        }

        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public Task<DialogTurnResult> CancelAllDialogsAsync()
    {
        State.Stack.Clear();
        return Task.FromResult(DialogTurnResult.Cancelled);
    }

    /// <summary>Set on the top instance of a stack put back by <see cref="ResumeParkedAsync"/>: the words that put it back.</summary>
    public const string ResumedWithKey = "engine.resumedWith";

    /// <summary>
    /// Ends the stack after repeated misunderstanding: set aside when the dialog that started it has a
    /// <see cref="Dialog.DraftName"/> (returned), dropped otherwise (null).
    /// </summary>
    public string? ParkOrClear()
    {
        var draft = State.Stack.Count == 0 ? null : dialogs.Find(State.Stack[0].Id)?.DraftName;
        if (draft is not null)
        {
            State.Parked = [.. State.Stack];
        }

        State.Stack.Clear();
        return draft;
    }

    /// <summary>Puts a stack set aside back and asks its question again; false when there is none or a dialog is running.</summary>
    public async Task<bool> ResumeParkedAsync(string resumedWith, CancellationToken cancellationToken)
    {
        if (State.Parked.Count == 0 || State.Stack.Count > 0)
        {
            return false;
        }

        State.Stack.AddRange(State.Parked);
        State.Parked.Clear();
        ActiveInstance!.State.Set(ResumedWithKey, resumedWith);
        await RepromptAsync(cancellationToken);
        return true;
    }

    /// <summary>What the dialogs on the stack keep when it is abandoned (<see cref="Dialog.KeptWhenAbandoned"/>), top first.</summary>
    public IReadOnlyList<string> KeptWhenAbandoned() =>
        [.. State.Stack.AsEnumerable().Reverse().Select(i => dialogs.Find(i.Id)?.KeptWhenAbandoned).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>The user's 取消: each dialog on the stack, top first, may clean up before the stack is cleared.</summary>
    public async Task<DialogTurnResult> CancelAllByUserAsync(CancellationToken cancellationToken)
    {
        while (ActiveInstance is { } active)
        {
            if (dialogs.Find(active.Id) is { } dialog)
            {
                await dialog.OnCancelledByUserAsync(this, cancellationToken);
            }

            State.Stack.Remove(active);
        }

        return DialogTurnResult.Cancelled;
    }

    public Task RepromptAsync(CancellationToken cancellationToken)
    {
        var active = ActiveInstance;
        var dialog = active is null ? null : dialogs.Find(active.Id);
        return dialog is null ? Task.CompletedTask : dialog.RepromptAsync(this, cancellationToken);
    }

    public Task<ResourceResponse> SendAsync(string text, CancellationToken cancellationToken) =>
        Context.SendActivityAsync(Activity.CreateMessage(text), cancellationToken);

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        Context.SendActivityAsync(activity, cancellationToken);

    private static List<OfferedCommand> TakeOffered(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var offered = state.Offered;
        state.Offered = [];
        return offered;
    }
}
