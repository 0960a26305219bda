namespace BranchBot.Dialogs.Engine;

/// <summary>
/// A conversation step that may span several turns. Dialog objects are stateless singletons: everything they
/// remember between turns lives in <see cref="DialogContext.ActiveInstance"/>.State.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The user said something while this dialog was on top of the stack.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A child dialog this one started has finished with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>
    /// The user said 取消 while this dialog was on the stack (it is the active instance during the call). A dialog that
    /// keeps work outside the stack, such as a saved draft, discards it here; an interruption does not call this.
    /// </summary>
    public virtual Task OnCancelledByUserAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// What the user fills in with this dialog ("会议安排"), for a long dialog whose stack is set aside, not dropped,
    /// when a prompt gives up after repeated misunderstanding (it started the stack); null for short dialogs.
    /// </summary>
    public virtual string? DraftName => null;

    /// <summary>
    /// Said when the engine gives up on this dialog after repeated misunderstanding: what of the user's input is kept
    /// and how to go on with it; null when nothing is kept outside the stack.
    /// </summary>
    public virtual string? KeptWhenAbandoned => null;

    /// <summary>Asks the user again what this dialog is waiting for (after 帮助, for example).</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;
}
