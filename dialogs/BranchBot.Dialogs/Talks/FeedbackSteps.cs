using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Core.Talks;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Talks;

/// <summary>The steps of <see cref="FeedbackDialog"/>; the flow state is a <see cref="FeedbackForm"/> on the dialog instance.</summary>
internal sealed class FeedbackSteps(FeedbackService feedback, TalkNotifier notifier, BranchClock clock)
{
    private const string FormKey = "talks.feedbackForm";
    private const int AskStep = 2;
    private const int ReceiveStep = 3;
    private const int SummaryStep = 5;

    public IReadOnlyList<WaterfallStep> All =>
    [
        OfferResumeAsync,
        OpenAsync,
        AskAsync,
        ReceiveAsync,
        ReceiveVisit,
        SummarizeAsync,
        DecideAsync,
        ChooseRedo,
    ];

    public static DateOnly Today(BranchClock clock) => DateOnly.FromDateTime(clock.Now.DateTime);

    public static FeedbackForm Form(DialogContext dc) => dc.ActiveInstance!.State.Get<FeedbackForm>(FormKey) ?? new FeedbackForm();

    private static FeedbackForm Form(WaterfallStepContext step) => Form(step.DialogContext);

    private static void Save(WaterfallStepContext step, FeedbackForm form) => step.DialogContext.ActiveInstance!.State.Set(FormKey, form);

    private static Member Member(WaterfallStepContext step) => Sender.Of(step.DialogContext).Member!;

    private async Task<DialogTurnResult> OfferResumeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = await feedback.GetSessionAsync(Member(step), cancellationToken);
        var form = new FeedbackForm { Date = Today(clock) };
        if (session is not { Answers.Count: > 0 })
        {
            Save(step, form);
            return await step.NextAsync(null, cancellationToken);
        }

        Save(step, form with { OfferingResume = true });
        return await step.PromptAsync(
            PromptIds.Choice,
            new PromptOptions
            {
                Prompt = TalkTexts.ResumeOffer(session.Answers.Count),
                Choices = [Choice.Of(TalkTexts.Continue, "接着聊", "继续聊"), Choice.Of(TalkTexts.StartOver, "重来", "从头开始")],
            },
            cancellationToken);
    }

    private async Task<DialogTurnResult> OpenAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step) with { OfferingResume = false };
        switch ((step.Result as FoundChoice)?.Value)
        {
            case TalkTexts.StartOver:
                await feedback.DiscardAsync(Member(step), cancellationToken);
                form = form with { Lead = TalkTexts.StartingOver, JustChosen = TalkTexts.StartOver };
                break;
            case TalkTexts.Continue:
                form = form with { Lead = TalkTexts.Resuming, JustChosen = TalkTexts.Continue };
                break;
            default:
                form = form with { Lead = TalkTexts.FeedbackIntro };
                break;
        }

        Save(step, form);
        return await step.GoToStepAsync(AskStep, null, cancellationToken);
    }

    /// <summary>Asks the next unanswered question (or the one chosen under 修改); when all are done, the summary.</summary>
    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        var session = await feedback.StartAsync(Member(step), cancellationToken);
        var topic = form.Redo ?? session.NextTopic;
        if (topic is null)
        {
            return session.Hardships.Count > 0 && !form.VisitAsked
                ? await step.GoToStepAsync(ReceiveStep, AskVisitAgain.Instance, cancellationToken)
                : await step.GoToStepAsync(SummaryStep, null, cancellationToken);
        }

        var question = form.Redo is { } redo ? TalkTexts.Redo(redo, session.AnswerTo(redo)?.Text) : TalkTexts.Question(topic.Value);
        Save(step, form with { Asking = topic, Lead = null });
        await step.DialogContext.SendAsync(Buttons.Message(WithLead(form.Lead, question), [TalkTexts.Skip]), cancellationToken);
        return WaterfallStepContext.WaitForText();
    }

    /// <summary>Saves the answer (or the skip) and acknowledges it; a hardship leads to asking about a visit.</summary>
    private async Task<DialogTurnResult> ReceiveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        var member = Member(step);
        if (step.Result is AskVisitAgain)
        {
            var session = await feedback.StartAsync(member, cancellationToken);
            Save(step, form with { VisitAsked = true, Lead = null });
            return await AskVisitAsync(step, WithLead(form.Lead, TalkTexts.HardshipRecalled(session.Hardships)), cancellationToken);
        }

        var topic = form.Asking!.Value;
        var text = step.Result as string ?? string.Empty;
        var answer = TextNormalizer.StripTrailingPunctuation(text);
        if (form.JustChosen is { } chosen)
        {
            form = form with { JustChosen = null };
            if (answer == chosen)
            {
                Save(step, form with { Lead = TalkTexts.PressedTwice(chosen) });
                return await step.GoToStepAsync(AskStep, null, cancellationToken);
            }
        }

        var skipped = TalkTexts.SkipWords.Contains(answer);
        var saved = skipped
            ? await feedback.SkipAsync(member, topic, cancellationToken)
            : await feedback.AnswerAsync(member, topic, text, cancellationToken);
        if (!saved.Succeeded)
        {
            Save(step, form with { Lead = TalkTexts.Problem(saved.Problem!) });
            return await step.GoToStepAsync(AskStep, null, cancellationToken);
        }

        form = form with { Redo = null, Asking = null };
        var hardships = skipped ? [] : HardshipDetector.Detect(topic, text);
        if (hardships.Count > 0 && !form.VisitAsked)
        {
            Save(step, form with { VisitAsked = true, Lead = null });
            return await AskVisitAsync(step, TalkTexts.HardshipHeard(hardships), cancellationToken);
        }

        var lead = skipped ? TalkTexts.Skipped(topic) : TalkTexts.NothingWords.Contains(answer) ? TalkTexts.Nothing(topic) : TalkTexts.Answered(topic);
        Save(step, form with { Lead = lead });
        return await step.GoToStepAsync(AskStep, null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskVisitAsync(WaterfallStepContext step, string prompt, CancellationToken cancellationToken) =>
        step.PromptAsync(
            PromptIds.Confirm,
            new PromptOptions { Prompt = prompt, Choices = [Choice.Of(TalkTexts.Yes), Choice.Of(TalkTexts.No)] },
            cancellationToken);

    private static Task<DialogTurnResult> ReceiveVisit(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var wanted = step.Result is true;
        Save(step, Form(step) with { VisitWanted = wanted, Lead = wanted ? TalkTexts.VisitWanted : TalkTexts.VisitDeclined });
        return step.GoToStepAsync(AskStep, null, cancellationToken);
    }

    private async Task<DialogTurnResult> SummarizeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        var member = Member(step);
        var session = await feedback.StartAsync(member, cancellationToken);
        if (!session.HasContent)
        {
            await feedback.DiscardAsync(member, cancellationToken);
            await step.DialogContext.SendAsync(WithLead(form.Lead, TalkTexts.AllSkipped), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        Save(step, form with { Lead = null, Asking = null });
        var visit = session.Hardships.Count > 0 ? form.VisitWanted : null;
        return await step.PromptAsync(
            PromptIds.Choice,
            new PromptOptions
            {
                Prompt = WithLead(form.Lead, TalkTexts.FeedbackSummary(session.Answers, visit)),
                Choices = [Choice.Of(TalkTexts.Submit, "提交", "确认", "确定", "是"), Choice.Of(TalkTexts.Change, "更改", "改"), Choice.Of(TalkTexts.Cancel)],
            },
            cancellationToken);
    }

    private async Task<DialogTurnResult> DecideAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        var member = Member(step);
        if ((step.Result as FoundChoice)?.Value == TalkTexts.Change)
        {
            var session = await feedback.StartAsync(member, cancellationToken);
            var fields = FeedbackTopics.InOrder.Select(TalkLabels.Topic).ToList();
            if (form.VisitAsked && session.Hardships.Count > 0)
            {
                fields.Add(TalkTexts.VisitField);
            }

            return await step.PromptAsync(
                PromptIds.Choice, new PromptOptions { Prompt = TalkTexts.AskWhatToChange, Choices = [.. fields.Select(f => Choice.Of(f))] }, cancellationToken);
        }

        var submitted = await feedback.SubmitAsync(member, form.VisitWanted, cancellationToken);
        if (!submitted.Succeeded)
        {
            await step.DialogContext.SendAsync(TalkTexts.Problem(submitted.Problem!), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var told = await notifier.TellSecretaryAsync(
            new Notification(TalkTexts.FeedbackArrived(submitted.Value!, member.Name)) { Key = NoticeKeys.Of("talk-feedback", submitted.Value!.Feedback.Record.Id) }, member, cancellationToken);
        await step.DialogContext.SendAsync(TalkTexts.FeedbackSubmitted(submitted.Value!, toldSecretary: told is not null), cancellationToken);
        return await step.EndDialogAsync(submitted.Value!.Feedback.Record.Id, cancellationToken);
    }

    private static Task<DialogTurnResult> ChooseRedo(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var chosen = ((FoundChoice)step.Result!).Value;
        var form = Form(step);
        form = chosen == TalkTexts.VisitField
            ? form with { VisitAsked = false, VisitWanted = null }
            : form with { Redo = FeedbackTopics.InOrder.First(t => TalkLabels.Topic(t) == chosen) };
        Save(step, form);
        return step.GoToStepAsync(AskStep, null, cancellationToken);
    }

    private static string WithLead(string? lead, string text) => string.IsNullOrEmpty(lead) ? text : $"{lead}\n{text}";

    /// <summary>Handed from the question step to the answer step: all answered, but the visit question is still open.</summary>
    private sealed class AskVisitAgain
    {
        public static AskVisitAgain Instance { get; } = new();
    }
}
