namespace BranchBot.Dialogs.Engine.Forms;

/// <summary>A change typed in words under a form's summary: the form as changed (or unchanged) and what to say before it.</summary>
public sealed record FormRevision<TForm>(TForm Form, string Said)
    where TForm : class;
