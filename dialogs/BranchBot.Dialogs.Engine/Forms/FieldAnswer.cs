namespace BranchBot.Dialogs.Engine.Forms;

/// <summary>What a field made of an answer: taken into the form, or refused with the reason said before asking again.</summary>
public abstract record FieldAnswer<TForm>
    where TForm : class
{
    private FieldAnswer(TForm form) => Form = form;

    public TForm Form { get; }

    public sealed record Taken : FieldAnswer<TForm>
    {
        internal Taken(TForm form)
            : base(form)
        {
        }
    }

    public sealed record Refused : FieldAnswer<TForm>
    {
        internal Refused(TForm form, string? problem)
            : base(form) => Problem = problem;

        /// <summary>Said in front of the next question; null to ask again without a reason.</summary>
        public string? Problem { get; }
    }

    public static FieldAnswer<TForm> Accepted(TForm form) => new Taken(form);

    /// <summary>The answer is refused: the loop asks the first missing field (this one, if the form still lacks it).</summary>
    public static FieldAnswer<TForm> Rejected(TForm form, string? problem) => new Refused(form, problem);

    internal static FieldAnswer<TForm> Unanswered(TForm form) => new Refused(form, null);
}
