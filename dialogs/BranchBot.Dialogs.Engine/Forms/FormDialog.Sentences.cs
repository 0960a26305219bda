using System.Text.Json.Nodes;

namespace BranchBot.Dialogs.Engine.Forms;

/// <summary>The answers that reach the form dialog itself: free sentences (<see cref="FieldQuestion{TForm}.Sentence"/>).</summary>
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
    protected static TForm? CurrentForm(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.ActiveInstance?.State[ValuesKey] is JsonObject values ? values.Get<TForm>(FormKey) : null;
    }
}
