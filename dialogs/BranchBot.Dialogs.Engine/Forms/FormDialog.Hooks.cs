using System.Text.Json.Nodes;

namespace BranchBot.Dialogs.Engine.Forms;

/// <summary>
/// What a dialog that overrides the engine's turn handling needs: answers that reach the form dialog itself (free
/// sentences, <see cref="FieldQuestion{TForm}.Sentence"/>), the form as it stands, and a form saved by an older version.
/// </summary>
public abstract partial class FormDialog<TForm>
{
    /// <summary>
    /// The form dialog is on top of the stack only while a field asked with a free sentence waits: the user's text is
    /// that field's answer. (A stack saved by an older version that waited for text gives it to the first missing field.)
    /// </summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return ResumeAsync(dc, dc.Text, cancellationToken);
    }

    /// <summary>The form as the last turn left it, for a dialog that looks at it outside the engine's loop (取消, 帮助); null before the first question.</summary>
    protected TForm? CurrentForm(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveInstance?.State;
        return state is null ? null : (state[ValuesKey] as JsonObject)?.Get<TForm>(FormKey) ?? EarlierForm(state);
    }

    /// <summary>
    /// The form of a stack saved before this dialog was a form dialog, where it kept its form elsewhere in the state
    /// than values/"form"; null when it did not. Read only while values/"form" is empty, so it is taken up once.
    /// </summary>
    protected virtual TForm? EarlierForm(JsonObject state) => null;
}
