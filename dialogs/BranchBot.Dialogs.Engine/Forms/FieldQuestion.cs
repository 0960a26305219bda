using BranchBot.BotFramework.Schema;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Engine.Forms;

/// <summary>How a field is asked: a prompt, or no question because asking showed the form must change or end.</summary>
public abstract record FieldQuestion<TForm>
    where TForm : class
{
    private FieldQuestion()
    {
    }

    /// <summary>Asks with the prompt <paramref name="PromptId"/> (see <see cref="PromptIds"/>).</summary>
    public sealed record Prompt(string PromptId, PromptOptions Options) : FieldQuestion<TForm>
    {
        /// <summary>
        /// The form kept while the question waits, when asking added to it: what the options loaded for this question
        /// stand for (ids by the index of their button), so the answer means what was shown even if the list changes.
        /// </summary>
        public TForm? Keeping { get; init; }
    }

    /// <summary>
    /// Says <paramref name="Message"/> and takes the next message as the answer (a string), with no prompt in between:
    /// the form dialog itself receives it (<see cref="FormDialog{TForm}.ContinueAsync"/>), so a dialog that overrides
    /// ContinueAsync sees the text first (another command sent instead of an answer), and nothing is asked again on
    /// its own. For questions answered by a free sentence.
    /// </summary>
    public sealed record Sentence(Activity Message) : FieldQuestion<TForm>;

    /// <summary>
    /// Nothing to ask as the form stands (the dialog said why, or forgot an unusable value and kept the reason in the
    /// form for the next question): go on with <paramref name="Form"/>.
    /// </summary>
    public sealed record Revise(TForm Form) : FieldQuestion<TForm>;

    /// <summary>The form cannot go on (the dialog said why): the dialog ends.</summary>
    public sealed record End : FieldQuestion<TForm>;

    public static FieldQuestion<TForm> Text(PromptOptions options) => new Prompt(PromptIds.Text, options);

    /// <summary>A question answered by a free sentence, with <paramref name="buttons"/> as suggestions.</summary>
    public static FieldQuestion<TForm> FreeSentence(string text, params IEnumerable<string> buttons) => new Sentence(Buttons.Message(text, buttons));

    public static FieldQuestion<TForm> Choice(string prompt, IEnumerable<Choice> choices) =>
        new Prompt(PromptIds.Choice, new PromptOptions { Prompt = prompt, Choices = [.. choices] });

    /// <summary>A choice among options loaded for this question, keeping <paramref name="keeping"/> (see <see cref="Prompt.Keeping"/>).</summary>
    public static FieldQuestion<TForm> Choice(string prompt, IEnumerable<Choice> choices, TForm keeping) =>
        new Prompt(PromptIds.Choice, new PromptOptions { Prompt = prompt, Choices = [.. choices] }) { Keeping = keeping };
}
