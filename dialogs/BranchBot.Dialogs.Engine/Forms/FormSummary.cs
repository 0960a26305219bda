namespace BranchBot.Dialogs.Engine.Forms;

/// <summary>What a complete form shows before it is saved, or that it cannot be saved at all.</summary>
public abstract record FormSummary<TForm>
    where TForm : class
{
    private FormSummary()
    {
    }

    /// <summary>
    /// Shows <paramref name="Text"/> with the answers <paramref name="Offer"/> allows; <paramref name="Form"/> is kept,
    /// with the ids issued here so that a 确认 that arrives twice saves once.
    /// </summary>
    public sealed record Show(TForm Form, string Text, SummaryOffer Offer) : FormSummary<TForm>
    {
        /// <summary>Said before the summary the first time only ("谢谢你的建议。"), not when it is asked again.</summary>
        public string? Lead { get; init; }
    }

    /// <summary>The form cannot be saved (the dialog said why): the dialog ends.</summary>
    public sealed record End : FormSummary<TForm>;
}
