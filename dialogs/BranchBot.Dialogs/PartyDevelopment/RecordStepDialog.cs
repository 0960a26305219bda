using BranchBot.Core.PartyDevelopment;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>
/// 记录: asks for whatever the message left out (whom, which step, which day, the people or months it needs), then
/// records it. A step a rule refuses is explained with its article; the 书记 is asked whether to record it as an
/// exception, and for the reason, which stays in the file.
/// </summary>
public sealed class RecordStepDialog : WaterfallDialog
{
    public const string DialogId = "partydev.record";

    private const string FormKey = "form";
    private const string StageKey = "stage";

    public RecordStepDialog(DevelopmentService development)
        : base(DialogId,
        [
            AskNameAsync,
            (step, ct) => AskStepAsync(development, step, ct),
            AskDateAsync,
            AskPeopleAsync,
            AskMonthsAsync,
            (step, ct) => RecordAsync(development, step, ct),
            AfterRefusalAsync,
            (step, ct) => RecordExceptionAsync(development, step, ct),
        ])
    {
    }

    private static StepForm Form(WaterfallStepContext step) => step.Values.Get<StepForm>(FormKey) ?? step.GetOptions<StepForm>() ?? new StepForm();

    private static void Keep(WaterfallStepContext step, StepForm form) => step.Values.Set(FormKey, form);

    private static Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        Keep(step, form);
        return form.Name is null
            ? step.PromptAsync(PromptIds.Text, PromptOptions.Ask(DevelopmentTexts.AskName), cancellationToken)
            : step.NextAsync(null, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskStepAsync(DevelopmentService development, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is string name && !string.IsNullOrWhiteSpace(name))
        {
            form = form with { Name = name.Trim() };
            Keep(step, form);
        }

        if (form.Kind is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        // Asked only when the step is missing: no file, or a closed one, is said now rather than after the step and its date.
        var sender = Sender.Of(step.DialogContext);
        var file = await development.FileAsync(sender.Member!, form.Name!, cancellationToken);
        if (!file.Succeeded || file.Value!.Record.IsClosed)
        {
            var problem = file.Problem ?? new DevelopmentProblem.FileClosed(file.Value!.Record.Name, file.Value.Record.Stage);
            await step.DialogContext.SendAsync(DevelopmentTexts.Problem(problem, sender.IsSecretary), cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }

        var choices = StepsOpenTo(file.Value!)
            .Select(k => Choice.Of(DevelopmentLabels.Step(k), [.. DevelopmentLabels.StepWords.Where(w => w.Kind == k).Select(w => w.Word)])).ToList();
        return await step.PromptAsync(StepPrompt.PromptId, new PromptOptions { Prompt = DevelopmentTexts.AskStep(form.Name!), Choices = choices }, cancellationToken);
    }

    /// <summary>The steps the file can still take, its next step first: one recorded already is offered again only when it repeats (考察, 公示).</summary>
    private static IEnumerable<DevelopmentStepKind> StepsOpenTo(DevelopmentLedgerLine line)
    {
        var open = Enum.GetValues<DevelopmentStepKind>()
            .Where(k => k != DevelopmentStepKind.Application && (DevelopmentRules.Repeatable.Contains(k) || line.Record.Latest(k) is null));
        return line.Next is { } next ? open.OrderBy(k => k != next.Kind) : open;
    }

    private static Task<DialogTurnResult> AskDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is FoundChoice chosen && DevelopmentLabels.StepNamed(chosen.Value) is { } kind)
        {
            form = form with { Kind = kind };
            Keep(step, form);
        }

        if (form.Date is not null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        var question = form.UnreadableDate is { } unreadable ? DevelopmentTexts.DateNotRead(unreadable) : DevelopmentTexts.AskDate;
        return step.PromptAsync(PastDatePrompt.PromptId, PromptOptions.Ask(question), cancellationToken);
    }

    private static Task<DialogTurnResult> AskPeopleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is DateOnly date)
        {
            form = form with { Date = date, UnreadableDate = null };
            Keep(step, form);
        }

        return form.NeedsPeople
            ? step.PromptAsync(PromptIds.Text, PromptOptions.Ask(DevelopmentTexts.AskPeople(form.Kind!.Value)), cancellationToken)
            : step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskMonthsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is string people && form.NeedsPeople)
        {
            form = form with { People = StepFormParser.ReadPeople(people) };
            Keep(step, form);
        }

        return form.NeedsMonths
            ? step.PromptAsync(PromptIds.Text, PromptOptions.Ask(DevelopmentTexts.AskExtensionMonths), cancellationToken)
            : step.NextAsync(null, cancellationToken);
    }

    private static async Task<DialogTurnResult> RecordAsync(DevelopmentService development, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is string months && form.NeedsMonths)
        {
            // Unread months stay empty: the rule table then refuses the extension with the 半年至一年 rule.
            form = form with { ExtensionMonths = StepFormParser.ReadMonths(months).Months ?? (int.TryParse(months.Trim(), out var n) ? n : 0) };
            Keep(step, form);
        }

        var sender = Sender.Of(step.DialogContext);
        if (form.IsException && form.ExceptionReason is null)
        {
            step.Values.Set(StageKey, "reason");
            return await step.PromptAsync(PromptIds.Text, PromptOptions.Ask(DevelopmentTexts.AskReason), cancellationToken);
        }

        var outcome = await development.RecordAsync(sender.Member!, form.Name!, form.ToEntry(form.ExceptionReason), cancellationToken);
        if (outcome.Problem is DevelopmentProblem.RuleRefused { Rule.AllowsException: true } refused && sender.IsSecretary && !form.IsException)
        {
            step.Values.Set(StageKey, "confirm");
            return await step.PromptAsync(PromptIds.Confirm, PromptOptions.Ask(DevelopmentTexts.AskException(refused)), cancellationToken);
        }

        await ReplyAsync(step, outcome, sender, cancellationToken);
        return await step.EndDialogAsync(outcome.Succeeded, cancellationToken);
    }

    private static async Task<DialogTurnResult> AfterRefusalAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.Get<string>(StageKey) == "reason")
        {
            return await step.NextAsync(step.Result, cancellationToken);
        }

        if (step.Result is not true)
        {
            await step.DialogContext.SendAsync(DevelopmentTexts.ExceptionDeclined, cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }

        return await step.PromptAsync(PromptIds.Text, PromptOptions.Ask(DevelopmentTexts.AskReason), cancellationToken);
    }

    private static async Task<DialogTurnResult> RecordExceptionAsync(DevelopmentService development, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        var sender = Sender.Of(step.DialogContext);
        var reason = step.Result as string ?? string.Empty;
        var outcome = await development.RecordAsync(sender.Member!, form.Name!, form.ToEntry(reason), cancellationToken);
        await ReplyAsync(step, outcome, sender, cancellationToken);
        return await step.EndDialogAsync(outcome.Succeeded, cancellationToken);
    }

    private static Task ReplyAsync(WaterfallStepContext step, Core.Outcome<DevelopmentRecord, DevelopmentProblem> outcome, Sender sender, CancellationToken cancellationToken) =>
        step.DialogContext.SendAsync(
            outcome.Succeeded
                ? DevelopmentTexts.Recorded(outcome.Value!, outcome.Value!.Steps[^1], DevelopmentSchedule.Next(outcome.Value!))
                : DevelopmentTexts.Problem(outcome.Problem!, sender.IsSecretary),
            cancellationToken);
}
