using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Forms;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>
/// 添加问答 and 修改问答: asks for the question, other phrasings (may be skipped), the answer (at most 300 characters)
/// and its 依据, each checked as it comes, then shows the entry with 确认/修改/取消 and saves it on 确认 only.
/// </summary>
public sealed class KnowledgeEntryDialog(KnowledgeEntryService entries) : FormDialog<KnowledgeEntryForm>(DialogId)
{
    public const string DialogId = "knowledge.entry";

    protected override IReadOnlyList<FormField<KnowledgeEntryForm>> Fields { get; } =
    [
        new FormField<KnowledgeEntryForm, string>
        {
            Name = "question",
            Label = KnowledgeTexts.FieldQuestion,
            IsMissing = form => form.Question is null,
            Ask = (form, problem) => Question(form, problem, PromptOptions.Ask(KnowledgeTexts.AskEntryQuestion)),
            Accept = (form, text) => Checked(form, KnowledgeEntryRules.QuestionProblem(text), form with { Question = text }),
            Clear = form => form with { Question = null },
        },
        new FormField<KnowledgeEntryForm, string>
        {
            Name = "alternatives",
            Label = KnowledgeTexts.FieldAlternatives,
            IsMissing = form => form.Alternatives is null,
            Ask = (form, problem) => Question(form, problem, PromptOptions.Ask(KnowledgeTexts.AskEntryAlternatives)),
            Accept = (form, text) =>
            {
                var alternatives = KnowledgeEntryRules.SplitAlternatives(text, form.Question ?? string.Empty).ToList();
                return Checked(form, KnowledgeEntryRules.AlternativesProblem(alternatives), form with { Alternatives = alternatives });
            },
            SkipWords = KnowledgeTexts.SkipWords,
            Skip = form => form with { Alternatives = [], Problem = null },
            Clear = form => form with { Alternatives = null },
        },
        new FormField<KnowledgeEntryForm, string>
        {
            Name = "answer",
            Label = KnowledgeTexts.FieldAnswer,
            IsMissing = form => form.Answer is null,
            Ask = (form, problem) => Question(form, problem, PromptOptions.Ask(KnowledgeTexts.AskEntryAnswer)),
            Accept = (form, text) => Checked(form, KnowledgeEntryRules.AnswerProblem(text), form with { Answer = text }),
            Clear = form => form with { Answer = null },
        },
        new FormField<KnowledgeEntryForm, string>
        {
            Name = "source",
            Label = KnowledgeTexts.FieldSource,
            IsMissing = form => form.Source is null,
            Ask = (form, problem) => Question(
                form, problem, new PromptOptions { Prompt = KnowledgeTexts.AskEntrySource, Choices = [Choice.Of(KnowledgeEntryRules.BranchAnswerSource)] }),
            Accept = (form, text) => Checked(form, KnowledgeEntryRules.SourceProblem(text), form with { Source = text }),
            Clear = form => form with { Source = null },
        },
    ];

    protected override string NotDoneText => KnowledgeTexts.EntryNotSaved;

    protected override FormChoices Choices { get; } = new(["确定", "是", "好", "保存"], ["更改"]);

    protected override async Task<FormSummary<KnowledgeEntryForm>> SummarizeAsync(DialogContext dc, KnowledgeEntryForm form, CancellationToken cancellationToken)
    {
        var replaces = await entries.FindAsync(form.Question!, cancellationToken) is not null;
        return new FormSummary<KnowledgeEntryForm>.Show(form, KnowledgeTexts.EntrySummary(form, replaces), SummaryOffer.ConfirmChangeCancel);
    }

    protected override async Task<DialogTurnResult> SubmitAsync(DialogContext dc, KnowledgeEntryForm form, CancellationToken cancellationToken)
    {
        var editor = Sender.Of(dc).Member!;
        var saved = await entries.SaveAsync(new KnowledgeEntryDraft(form.Question!, form.Alternatives ?? [], form.Answer!, form.Source!), editor, cancellationToken);
        await dc.SendAsync(saved.Succeeded ? KnowledgeTexts.EntrySaved(saved.Value!) : KnowledgeTexts.Problem(saved.Problem!), cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>The question, after why the last answer was refused (or why the command's question was, on the first ask).</summary>
    private static FieldQuestion<KnowledgeEntryForm> Question(KnowledgeEntryForm form, string? problem, PromptOptions options)
    {
        if ((problem ?? form.Problem) is { } said)
        {
            options.Prompt = $"{said}\n{options.Prompt}";
        }

        return FieldQuestion<KnowledgeEntryForm>.Text(options);
    }

    private static FieldAnswer<KnowledgeEntryForm> Checked(KnowledgeEntryForm form, KnowledgeProblem? problem, KnowledgeEntryForm taken) =>
        problem is null
            ? FieldAnswer<KnowledgeEntryForm>.Accepted(taken with { Problem = null })
            : FieldAnswer<KnowledgeEntryForm>.Rejected(form with { Problem = null }, KnowledgeTexts.Problem(problem));
}
