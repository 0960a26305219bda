using BranchBot.Core.Knowledge.Entries;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>
/// 添加问答 and 修改问答: asks for the question, other phrasings (may be skipped), the answer (at most 300 characters)
/// and its 依据, each checked as it comes, then shows the entry with 确认/修改/取消 and saves it on 确认 only.
/// One step collects and asks; the second only brings each answer back to it, so 修改 can clear any field.
/// </summary>
public sealed class KnowledgeEntryDialog : WaterfallDialog
{
    public const string DialogId = "knowledge.entry";

    private const string FormKey = "form";
    private const string Decide = "decide";
    private const string Field = "field";

    public KnowledgeEntryDialog(KnowledgeEntryService entries)
        : base(DialogId, [
            (step, ct) => CollectAsync(entries, step, ct),
            (step, ct) => step.GoToStepAsync(0, step.Result, ct),
        ])
    {
    }

    private static KnowledgeEntryForm Form(WaterfallStepContext step) =>
        step.Values.Get<KnowledgeEntryForm>(FormKey) ?? step.GetOptions<KnowledgeEntryForm>() ?? new KnowledgeEntryForm();

    private static async Task<DialogTurnResult> CollectAsync(KnowledgeEntryService entries, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        switch (form.Awaiting)
        {
            case Decide:
                return await DecideAsync(entries, step, form, Chosen(step), cancellationToken);
            case Field:
                form = Clear(form, Chosen(step));
                break;
            case not null when step.Result is string typed:
                form = Take(form, typed);
                break;
            default:
                break;
        }

        form = form with { Awaiting = null };
        var (field, prompt) = NextQuestion(form);
        if (field is null)
        {
            step.Values.Set(FormKey, form with { Awaiting = Decide, Problem = null });
            var replaces = await entries.FindAsync(form.Question!, cancellationToken) is not null;
            return await step.PromptAsync(
                PromptIds.Choice,
                new PromptOptions
                {
                    Prompt = KnowledgeTexts.EntrySummary(form, replaces),
                    Choices = [Choice.Of(KnowledgeTexts.Confirm, "确定", "是", "好", "保存"), Choice.Of(KnowledgeTexts.Change, "更改"), Choice.Of(KnowledgeTexts.Cancel)],
                },
                cancellationToken);
        }

        step.Values.Set(FormKey, form with { Awaiting = field, Problem = null });
        var text = form.Problem is null ? prompt!.Prompt : $"{form.Problem}\n{prompt!.Prompt}";
        prompt.Prompt = text;
        return await step.PromptAsync(PromptIds.Text, prompt, cancellationToken);
    }

    /// <summary>The first field still missing and how to ask for it; (null, null) when the entry is complete.</summary>
    private static (string? Field, PromptOptions? Prompt) NextQuestion(KnowledgeEntryForm form)
    {
        if (form.Question is null)
        {
            return (KnowledgeTexts.FieldQuestion, PromptOptions.Ask(KnowledgeTexts.AskEntryQuestion));
        }

        if (form.Alternatives is null)
        {
            return (KnowledgeTexts.FieldAlternatives, new PromptOptions { Prompt = KnowledgeTexts.AskEntryAlternatives, Choices = [Choice.Of(KnowledgeTexts.Skip)] });
        }

        if (form.Answer is null)
        {
            return (KnowledgeTexts.FieldAnswer, PromptOptions.Ask(KnowledgeTexts.AskEntryAnswer));
        }

        return form.Source is null
            ? (KnowledgeTexts.FieldSource, new PromptOptions { Prompt = KnowledgeTexts.AskEntrySource, Choices = [Choice.Of(KnowledgeEntryRules.BranchAnswerSource)] })
            : (null, null);
    }

    /// <summary>Puts a typed answer into the field it was asked for, or keeps the field empty with the reason.</summary>
    private static KnowledgeEntryForm Take(KnowledgeEntryForm form, string typed)
    {
        var text = typed.Trim();
        switch (form.Awaiting)
        {
            case KnowledgeTexts.FieldQuestion:
                return KnowledgeEntryRules.QuestionProblem(text) is { } questionProblem ? form with { Problem = KnowledgeTexts.Problem(questionProblem) } : form with { Question = text };
            case KnowledgeTexts.FieldAlternatives:
                var alternatives = KnowledgeTexts.SkipWords.Contains(TextNormalizer.StripTrailingPunctuation(text))
                    ? []
                    : KnowledgeEntryRules.SplitAlternatives(text, form.Question ?? string.Empty).ToList();
                return KnowledgeEntryRules.AlternativesProblem(alternatives) is { } alternativesProblem
                    ? form with { Problem = KnowledgeTexts.Problem(alternativesProblem) }
                    : form with { Alternatives = alternatives };
            case KnowledgeTexts.FieldAnswer:
                return KnowledgeEntryRules.AnswerProblem(text) is { } answerProblem ? form with { Problem = KnowledgeTexts.Problem(answerProblem) } : form with { Answer = text };
            default:
                return KnowledgeEntryRules.SourceProblem(text) is { } sourceProblem ? form with { Problem = KnowledgeTexts.Problem(sourceProblem) } : form with { Source = text };
        }
    }

    /// <summary>A choice prompt gives up after several answers it did not understand; that counts as 取消.</summary>
    private static string Chosen(WaterfallStepContext step) => step.Result is FoundChoice choice ? choice.Value : KnowledgeTexts.Cancel;

    private static KnowledgeEntryForm Clear(KnowledgeEntryForm form, string field) => field switch
    {
        KnowledgeTexts.FieldQuestion => form with { Question = null },
        KnowledgeTexts.FieldAlternatives => form with { Alternatives = null },
        KnowledgeTexts.FieldAnswer => form with { Answer = null },
        _ => form with { Source = null },
    };

    private static async Task<DialogTurnResult> DecideAsync(
        KnowledgeEntryService entries, WaterfallStepContext step, KnowledgeEntryForm form, string choice, CancellationToken cancellationToken)
    {
        if (choice == KnowledgeTexts.Change)
        {
            step.Values.Set(FormKey, form with { Awaiting = Field });
            return await step.PromptAsync(
                PromptIds.Choice, new PromptOptions { Prompt = KnowledgeTexts.AskField, Choices = [.. KnowledgeTexts.Fields.Select(f => Choice.Of(f))] }, cancellationToken);
        }

        if (choice != KnowledgeTexts.Confirm)
        {
            await step.DialogContext.SendAsync(KnowledgeTexts.EntryNotSaved, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var editor = Sender.Of(step.DialogContext).Member!;
        var saved = await entries.SaveAsync(new KnowledgeEntryDraft(form.Question!, form.Alternatives ?? [], form.Answer!, form.Source!), editor, cancellationToken);
        await step.DialogContext.SendAsync(saved.Succeeded ? KnowledgeTexts.EntrySaved(saved.Value!) : KnowledgeTexts.Problem(saved.Problem!), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
