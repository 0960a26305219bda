using BranchBot.Core.Membership;
using BranchBot.Core.Talks;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Membership;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// The guided 记录谈心: who, when (a past or today's date), form (面谈/电话/线上), topics, issues found and follow-up
/// (both may be skipped), then a summary; stored on 确认 only.
/// </summary>
public sealed class RecordTalkDialog : WaterfallDialog
{
    public const string DialogId = "talks.recordTalk";

    private const string FormKey = "form";
    private const int PartnerStep = 0;
    private const int DateStep = 1;

    public RecordTalkDialog(MembershipService membership, TalkRecorder recorder, BranchClock clock)
        : base(DialogId, [
            AskPartner,
            (step, ct) => AskDateAsync(membership, step, ct),
            (step, ct) => AskFormAsync(clock, step, ct),
            AskTopics,
            AskIssues,
            AskFollowUp,
            Summarize,
            (step, ct) => SaveAsync(recorder, step, ct),
        ])
    {
    }

    public override string DraftName => "谈话记录";

    private static TalkEntryForm Form(WaterfallStepContext step) =>
        step.Values.Get<TalkEntryForm>(FormKey) ?? step.GetOptions<TalkEntryForm>() ?? new TalkEntryForm();

    private static void Save(WaterfallStepContext step, TalkEntryForm form) => step.Values.Set(FormKey, form);

    private static Task<DialogTurnResult> AskPartner(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        Save(step, form);
        return form.Partner is not null
            ? step.NextAsync(form.Partner, cancellationToken)
            : step.PromptAsync(PromptIds.Text, PromptOptions.Ask(WithProblem(form, TalkTexts.AskTalkPartner)), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskDateAsync(MembershipService membership, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is string typed)
        {
            var name = TextNormalizer.StripTrailingPunctuation(typed);
            var partner = await membership.FindByNameAsync(name, cancellationToken);
            if (partner is not { IsActive: true })
            {
                Save(step, form with { Partner = null, Problem = MembershipProblemTexts.NotFound(name) });
                return await step.GoToStepAsync(PartnerStep, null, cancellationToken);
            }

            form = form with { Partner = partner.Name, Problem = null };
        }

        Save(step, form with { Problem = null });
        return await step.PromptAsync(PromptIds.DateTime, DateTimePrompt.Ask(WithProblem(form, TalkTexts.AskTalkDate)), cancellationToken);
    }

    /// <summary>A talk is recorded after it took place: a later date is refused and the date asked again.</summary>
    private static Task<DialogTurnResult> AskFormAsync(BranchClock clock, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        var today = DateOnly.FromDateTime(clock.Now.DateTime);
        var date = InThePast(((ResolvedDateTime)step.Result!).Date, today, step.DialogContext.Text);
        if (date > today)
        {
            Save(step, form with { Problem = TalkTexts.TalkDateInFuture(date) });
            return step.GoToStepAsync(DateStep, null, cancellationToken);
        }

        Save(step, form with { Date = date });
        return step.PromptAsync(
            PromptIds.Choice, new PromptOptions { Prompt = TalkTexts.AskTalkForm, Choices = [.. TalkForms.ChineseChoices.Select(c => Choice.Of(c))] }, cancellationToken);
    }

    /// <summary>
    /// The recognizer reads "11月20日" as the next such day, as meetings need; a talk already held means the last one,
    /// so a month and day without a year that fell into next year is taken from this year.
    /// </summary>
    private static DateOnly InThePast(DateOnly date, DateOnly today, string typed) =>
        date.Year > today.Year && !typed.Contains('年', StringComparison.Ordinal) && date.AddYears(-1) <= today ? date.AddYears(-1) : date;

    private static Task<DialogTurnResult> AskTopics(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        TalkForms.TryParse(((FoundChoice)step.Result!).Value, out var talkForm);
        Save(step, Form(step) with { Form = talkForm });
        return step.PromptAsync(PromptIds.Text, PromptOptions.Ask(TalkTexts.AskTalkTopics), cancellationToken);
    }

    private static Task<DialogTurnResult> AskIssues(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Save(step, Form(step) with { Topics = (string)step.Result! });
        return step.PromptAsync(PromptIds.Text, Skippable(TalkTexts.AskTalkIssues), cancellationToken);
    }

    private static Task<DialogTurnResult> AskFollowUp(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Save(step, Form(step) with { Issues = Optional((string)step.Result!) });
        return step.PromptAsync(PromptIds.Text, Skippable(TalkTexts.AskTalkFollowUp), cancellationToken);
    }

    private static Task<DialogTurnResult> Summarize(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step) with { FollowUp = Optional((string)step.Result!), RecordId = TalkRecord.NewId() };
        Save(step, form);
        var summary = TalkTexts.TalkSummary(form.Partner!, form.Date!.Value, form.Form!.Value, form.Topics!, form.Issues, form.FollowUp);
        return step.PromptAsync(
            PromptIds.Confirm,
            new PromptOptions { Prompt = summary, Choices = [Choice.Of(TalkTexts.Confirm), Choice.Of(TalkTexts.Cancel)] },
            cancellationToken);
    }

    private static async Task<DialogTurnResult> SaveAsync(TalkRecorder recorder, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.DialogContext.SendAsync(TalkTexts.TalkNotRecorded, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var form = Form(step);
        var entry = new TalkEntry(form.Topics!, form.Date, form.Form!.Value, form.Issues, form.FollowUp, form.RecordId);
        var author = Sender.Of(step.DialogContext).Member!;
        await step.DialogContext.SendAsync(await recorder.RecordAsync(author, form.Partner!, entry, cancellationToken), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static PromptOptions Skippable(string question) => new() { Prompt = question, Choices = [Choice.Of(TalkTexts.Skip)] };

    private static string? Optional(string answer)
    {
        var text = TextNormalizer.StripTrailingPunctuation(answer);
        return text.Length == 0 || TalkTexts.SkipWords.Contains(text) || TalkTexts.NothingWords.Contains(text) ? null : answer.Trim();
    }

    private static string WithProblem(TalkEntryForm form, string question) => form.Problem is null ? question : $"{form.Problem}\n{question}";
}
