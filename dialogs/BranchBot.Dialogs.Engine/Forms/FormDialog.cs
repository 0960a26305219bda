using System.Text.Json.Nodes;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Engine.Forms;

/// <summary>
/// A dialog that fills a form record: it asks the first applicable field still missing, takes or refuses the answer
/// (a refusal asks again with the reason in front), and when nothing is missing shows the summary. 确认 submits,
/// 修改 lists the fields, forgets the one chosen and goes on asking, anything else ends with <see cref="NotDoneText"/>.
/// The form lives in the state under values/"form" (where the step-by-step dialogs kept it), so a stack set aside
/// before a deploy is taken up again: with no field recorded as asked, the answer goes to the first missing field.
/// </summary>
public abstract partial class FormDialog<TForm>(string id) : Dialog(id)
    where TForm : class, new()
{
    private const string ValuesKey = "values";
    private const string FormKey = "form";
    private const string AwaitingKey = "awaiting";
    private const string ProblemKey = "problem";

    /// <summary>Recorded as asked while the summary waits for 确认/修改/取消.</summary>
    private const string SummaryName = "engine.summary";

    /// <summary>Recorded as asked while 修改 waits for the field to change.</summary>
    private const string ChangeName = "engine.change";

    /// <summary>The fields in the order they are asked (and offered by 修改).</summary>
    protected abstract IReadOnlyList<FormField<TForm>> Fields { get; }

    /// <summary>Said when the user answers the summary with anything but 确认.</summary>
    protected abstract string NotDoneText { get; }

    /// <summary>The words besides 确认 and 修改 that pick them under the summary.</summary>
    protected virtual FormChoices Choices => FormChoices.Plain;

    /// <summary>Checks what the command filled in before the first question (a typed name against the roster, for example).</summary>
    protected virtual Task<TForm> BeforeFirstAskAsync(DialogContext dc, TForm form, CancellationToken cancellationToken) => Task.FromResult(form);

    protected abstract Task<FormSummary<TForm>> SummarizeAsync(DialogContext dc, TForm form, CancellationToken cancellationToken);

    /// <summary>
    /// A change typed in words under the summary ("推迟半小时"): the form changed and what to say about it, the form
    /// unchanged with the reason it cannot be, or null when the words are no change of this form (then the summary is
    /// asked again). Only answers matching <see cref="RevisionPattern"/> are given to it.
    /// </summary>
    protected virtual Task<FormRevision<TForm>?> ReviseAsync(DialogContext dc, TForm form, string text, CancellationToken cancellationToken) =>
        Task.FromResult<FormRevision<TForm>?>(null);

    /// <summary>
    /// The shape of the changes <see cref="ReviseAsync"/> reads, or null for none. Any other answer to the summary is
    /// misunderstood as at every question (asked again, and after three the form is set aside for 继续填写).
    /// </summary>
    protected virtual string? RevisionPattern => null;

    /// <summary>确认: saves the form, tells the user and ends the dialog.</summary>
    protected abstract Task<DialogTurnResult> SubmitAsync(DialogContext dc, TForm form, CancellationToken cancellationToken);

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.ActiveInstance!.State[ValuesKey] = new JsonObject();
        var form = await BeforeFirstAskAsync(dc, options as TForm ?? new TForm(), cancellationToken);
        return await AskNextAsync(dc, form, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var values = Values(dc);
        var form = values.Get<TForm>(FormKey) ?? EarlierForm(dc.ActiveInstance!.State) ?? new TForm();
        var awaiting = values.Get<string>(AwaitingKey) ?? await FirstMissingNameAsync(dc, form, cancellationToken);
        switch (awaiting)
        {
            case SummaryName:
                return await DecideAsync(dc, form, result, cancellationToken);
            case ChangeName:
                var chosen = result is FoundChoice choice ? Fields.FirstOrDefault(f => f.Label == choice.Value) : null;
                return chosen is null ? await NotDoneAsync(dc, cancellationToken) : await AskNextAsync(dc, chosen.Clear(form), cancellationToken);
            default:
                var field = Fields.FirstOrDefault(f => f.Name == awaiting);
                if (field is null)
                {
                    return await AskNextAsync(dc, form, cancellationToken);
                }

                var answer = await field.TakeAsync(dc, form, result, cancellationToken);
                if (answer is FieldAnswer<TForm>.Refused refused)
                {
                    values.Set(ProblemKey, refused.Problem);
                }

                return await AskNextAsync(dc, answer.Form, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> AskNextAsync(DialogContext dc, TForm form, CancellationToken cancellationToken)
    {
        var values = Values(dc);
        while (true)
        {
            values.Set(FormKey, form);
            var field = await FirstMissingAsync(dc, form, cancellationToken);
            if (field is null)
            {
                return await ShowSummaryAsync(dc, form, cancellationToken);
            }

            var problem = values.Get<string>(ProblemKey);
            values.Remove(ProblemKey);
            switch (await field.AskAsync(dc, form, problem, cancellationToken))
            {
                case FieldQuestion<TForm>.Prompt prompt:
                    if (prompt.Keeping is { } kept)
                    {
                        values.Set(FormKey, kept);
                    }

                    values.Set(AwaitingKey, field.Name);
                    if (field.Skippable)
                    {
                        prompt.Options.Choices = [.. prompt.Options.Choices ?? [], Choice.Of(FormChoices.Skip)];
                    }

                    return await dc.BeginDialogAsync(prompt.PromptId, prompt.Options, cancellationToken);
                case FieldQuestion<TForm>.Sentence sentence:
                    values.Set(AwaitingKey, field.Name);
                    await dc.SendAsync(sentence.Message, cancellationToken);
                    return DialogTurnResult.Waiting;
                case FieldQuestion<TForm>.Revise revise:
                    form = revise.Form;
                    break;
                default:
                    return await dc.EndDialogAsync(null, cancellationToken);
            }
        }
    }

    private async Task<DialogTurnResult> ShowSummaryAsync(DialogContext dc, TForm form, CancellationToken cancellationToken, string? lead = null)
    {
        if (await SummarizeAsync(dc, form, cancellationToken) is not FormSummary<TForm>.Show summary)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (lead is not null)
        {
            summary = summary with { Lead = lead };
        }

        var values = Values(dc);
        values.Set(FormKey, summary.Form);
        values.Set(AwaitingKey, SummaryName);
        var options = new PromptOptions
        {
            Prompt = string.IsNullOrEmpty(summary.Lead) ? summary.Text : $"{summary.Lead}\n{summary.Text}",
            RetryPrompt = string.IsNullOrEmpty(summary.Lead) ? null : summary.Text,
            Choices = Choices.For(summary.Offer),
            Settings = RevisionPattern is { } pattern ? new() { [ChoicePrompt.PassesOtherText] = pattern } : null,
        };
        return await dc.BeginDialogAsync(summary.Offer == SummaryOffer.YesOrNo ? PromptIds.Confirm : PromptIds.Choice, options, cancellationToken);
    }

    private async Task<DialogTurnResult> DecideAsync(DialogContext dc, TForm form, object? result, CancellationToken cancellationToken)
    {
        if (result is OtherText other)
        {
            // Words under the summary: a change this dialog reads is made and the summary shown again, never saved unasked.
            var revision = await ReviseAsync(dc, form, other.Text, cancellationToken);
            return await ShowSummaryAsync(dc, revision?.Form ?? form, cancellationToken, revision?.Said ?? PromptTexts.ChooseOne);
        }
        var answer = result switch
        {
            bool yes => yes ? FormChoices.Confirm : FormChoices.Cancel,
            FoundChoice choice => choice.Value == Choices.ConfirmLabel ? FormChoices.Confirm : choice.Value,
            _ => FormChoices.Cancel,
        };
        if (answer == FormChoices.Confirm)
        {
            return await SubmitAsync(dc, form, cancellationToken);
        }

        if (answer != FormChoices.Change)
        {
            return await NotDoneAsync(dc, cancellationToken);
        }

        List<Choice> labels = [];
        foreach (var field in Fields)
        {
            if (field.Label is { } label && field.AppliesTo(form))
            {
                labels.Add(Choice.Of(label));
            }
        }

        Values(dc).Set(AwaitingKey, ChangeName);
        return await dc.BeginDialogAsync(PromptIds.Choice, new PromptOptions { Prompt = FormChoices.AskField, Choices = labels }, cancellationToken);
    }

    private async Task<DialogTurnResult> NotDoneAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.SendAsync(NotDoneText, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private async Task<FormField<TForm>?> FirstMissingAsync(DialogContext dc, TForm form, CancellationToken cancellationToken)
    {
        foreach (var field in Fields)
        {
            if (field.AppliesTo(form) && await field.IsMissingAsync(dc, form, cancellationToken))
            {
                return field;
            }
        }

        return null;
    }

    private async Task<string> FirstMissingNameAsync(DialogContext dc, TForm form, CancellationToken cancellationToken) =>
        (await FirstMissingAsync(dc, form, cancellationToken))?.Name ?? SummaryName;

    private static JsonObject Values(DialogContext dc)
    {
        var state = dc.ActiveInstance!.State;
        if (state[ValuesKey] is not JsonObject values)
        {
            values = [];
            state[ValuesKey] = values;
        }

        return values;
    }
}
