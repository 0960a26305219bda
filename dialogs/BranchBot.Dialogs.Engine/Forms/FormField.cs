namespace BranchBot.Dialogs.Engine.Forms;

/// <summary>
/// One field of a <see cref="FormDialog{TForm}"/> as the engine sees it: whether it is still to be asked, how to ask,
/// and what to do with an answer of any type. Declared through <see cref="FormField{TForm, TValue}"/>.
/// </summary>
public abstract class FormField<TForm>
    where TForm : class
{
    /// <summary>Stable: stored in the dialog state as the field being asked.</summary>
    public required string Name { get; init; }

    /// <summary>What 修改 offers for this field; null when it is changed only together with another field.</summary>
    public string? Label { get; init; }

    /// <summary>Whether the field belongs to this form at all (a group only for a 党小组会); true when unset.</summary>
    public Func<TForm, bool> AppliesTo { get; init; } = _ => true;

    /// <summary>What 修改 forgets so that the field is asked again.</summary>
    public Func<TForm, TForm> Clear { get; init; } = form => form;

    /// <summary>Set for an optional field: the skip button is offered, and these words leave the field as <see cref="Skip"/> says.</summary>
    public IReadOnlySet<string>? SkipWords { get; init; }

    /// <summary>What a skipped field leaves in the form.</summary>
    public Func<TForm, TForm>? Skip { get; init; }

    public bool Skippable => Skip is not null && SkipWords is not null;

    internal abstract ValueTask<bool> IsMissingAsync(DialogContext dc, TForm form, CancellationToken cancellationToken);

    internal abstract Task<FieldQuestion<TForm>> AskAsync(DialogContext dc, TForm form, string? problem, CancellationToken cancellationToken);

    /// <summary>An answer of the wrong type (a prompt that ended oddly) is no answer: the field is asked again.</summary>
    internal abstract Task<FieldAnswer<TForm>> TakeAsync(DialogContext dc, TForm form, object? result, CancellationToken cancellationToken);
}

/// <summary>
/// A field whose prompt answers with a <typeparamref name="TValue"/> (string, bool, int, FoundChoice,
/// ResolvedDateTime): set one of each pair (<see cref="IsMissing"/> or <see cref="IsMissingWhen"/>,
/// <see cref="Ask"/> or <see cref="AskWith"/>, <see cref="Accept"/> or <see cref="AcceptWith"/>).
/// </summary>
public sealed class FormField<TForm, TValue> : FormField<TForm>
    where TForm : class
{
    public Func<TForm, bool>? IsMissing { get; init; }

    /// <summary>When knowing whether the field is missing needs a look-up (is this group's audience known?).</summary>
    public Func<DialogContext, TForm, CancellationToken, ValueTask<bool>>? IsMissingWhen { get; init; }

    /// <summary>The question, given the form and why the last answer was refused (null when it was not).</summary>
    public Func<TForm, string?, FieldQuestion<TForm>>? Ask { get; init; }

    public Func<DialogContext, TForm, string?, CancellationToken, Task<FieldQuestion<TForm>>>? AskWith { get; init; }

    public Func<TForm, TValue, FieldAnswer<TForm>>? Accept { get; init; }

    public Func<DialogContext, TForm, TValue, CancellationToken, Task<FieldAnswer<TForm>>>? AcceptWith { get; init; }

    internal override ValueTask<bool> IsMissingAsync(DialogContext dc, TForm form, CancellationToken cancellationToken) =>
        IsMissing is { } missing ? ValueTask.FromResult(missing(form))
        : IsMissingWhen is { } when ? when(dc, form, cancellationToken)
        : throw Undeclared(nameof(IsMissing));

    internal override Task<FieldQuestion<TForm>> AskAsync(DialogContext dc, TForm form, string? problem, CancellationToken cancellationToken) =>
        Ask is { } ask ? Task.FromResult(ask(form, problem))
        : AskWith is { } askWith ? askWith(dc, form, problem, cancellationToken)
        : throw Undeclared(nameof(Ask));

    internal override Task<FieldAnswer<TForm>> TakeAsync(DialogContext dc, TForm form, object? result, CancellationToken cancellationToken)
    {
        if (Skippable && result is string typed && SkipWords!.Contains(TextNormalizer.StripTrailingPunctuation(typed)))
        {
            return Task.FromResult(FieldAnswer<TForm>.Accepted(Skip!(form)));
        }

        if (result is not TValue value)
        {
            return Task.FromResult(FieldAnswer<TForm>.Unanswered(form));
        }

        return Accept is { } accept ? Task.FromResult(accept(form, value))
            : AcceptWith is { } acceptWith ? acceptWith(dc, form, value, cancellationToken)
            : throw Undeclared(nameof(Accept));
    }

    private InvalidOperationException Undeclared(string what) => new($"The form field '{Name}' declares no {what}.");
}
