using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// Sets up a recurring plan ("每月15日下午3点 主题党日"): asks for a missing kind, day or time, shows the rhythm with
/// its next occurrences, and on 确认 creates the plan, whose first meetings are announced to their audience.
/// </summary>
public sealed class PlanDialog : WaterfallDialog
{
    public const string DialogId = "meetings.plan";

    private const string FormKey = "form";

    public PlanDialog(PlanService plans, MeetingPresenter presenter, MeetingAnnouncer announcer)
        : base(DialogId, [
            AskKind,
            AskDay,
            AskTime,
            (step, ct) => SummarizeAsync(plans, presenter, step, ct),
            (step, ct) => CreateAsync(plans, presenter, announcer, step, ct),
        ])
    {
    }

    private static PlanForm Form(WaterfallStepContext step) => step.Values.Get<PlanForm>(FormKey) ?? step.GetOptions<PlanForm>()!;

    private static void Save(WaterfallStepContext step, PlanForm form) => step.Values.Set(FormKey, form);

    private static Task<DialogTurnResult> AskKind(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        Save(step, form);
        if (form.Kind is not null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        var kinds = Sender.Of(step.DialogContext).IsCommittee ? MeetingTexts.KindChoices : [MeetingKinds.ToChinese(MeetingKind.GroupMeeting)];
        return step.PromptAsync(PromptIds.Choice, new PromptOptions { Prompt = MeetingTexts.AskPlanKind, Choices = [.. kinds.Select(k => Choice.Of(k))] }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskDay(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is FoundChoice kind && MeetingKinds.TryParse(kind.Value, out var chosen))
        {
            form = form with { Kind = chosen };
            Save(step, form);
        }

        if (form.DayOfMonth is not null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        var question = (form.Problem ?? string.Empty) + MeetingTexts.AskPlanDay(form.Frequency, form.MonthOfQuarter);
        form = form with { Problem = null };
        Save(step, form);
        return step.PromptAsync(PromptIds.Number, NumberPrompt.Ask(question, min: 1, max: 31, unit: "号"), cancellationToken);
    }

    private static Task<DialogTurnResult> AskTime(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is int day)
        {
            form = form with { DayOfMonth = day };
            Save(step, form);
        }

        if (form.Time is not null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        var question = (form.Problem ?? string.Empty) + MeetingTexts.AskPlanTime;
        Save(step, form with { Problem = null });
        return step.PromptAsync(PromptIds.DateTime, DateTimePrompt.Ask(question, timeRequired: true), cancellationToken);
    }

    private static async Task<DialogTurnResult> SummarizeAsync(PlanService plans, MeetingPresenter presenter, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is ResolvedDateTime answer)
        {
            form = form with { Time = answer.Time };
            Save(step, form);
        }

        var next = plans.PreviewOccurrences(form.ToRecurrence(), 3);
        if (next.Count == 0)
        {
            await step.DialogContext.SendAsync(MeetingTexts.PlanImpossible(MeetingTexts.Rhythm(form.ToRecurrence())), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var creator = Sender.Of(step.DialogContext).Member!;
        var audience = (await presenter.Meetings.ResolveAudienceAsync(form.Kind!.Value, null, form.GroupName, creator, cancellationToken)).Value;
        var audienceText = audience is null ? MeetingTexts.NoAudience : await presenter.AudienceAsync(audience, cancellationToken);
        Save(step, form with { PlanId = MeetingPlan.NewId() });
        var summary = MeetingTexts.PlanSummary(
            MeetingTexts.Rhythm(form.ToRecurrence()), form.Kind.Value, form.Place, form.Topic, audienceText, next.Select(presenter.When));
        return await step.PromptAsync(
            PromptIds.Choice,
            new PromptOptions { Prompt = summary, Choices = [Choice.Of(MeetingTexts.Confirm, "确定", "是", "好"), Choice.Of(MeetingTexts.Cancel)] },
            cancellationToken);
    }

    private static async Task<DialogTurnResult> CreateAsync(
        PlanService plans, MeetingPresenter presenter, MeetingAnnouncer announcer, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (((FoundChoice)step.Result!).Value != MeetingTexts.Confirm)
        {
            await step.DialogContext.SendAsync(MeetingTexts.PlanNotCreated, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var form = Form(step);
        var creator = Sender.Of(step.DialogContext).Member!;
        var draft = new PlanDraft
        {
            Kind = form.Kind!.Value,
            Recurrence = form.ToRecurrence(),
            Place = form.Place,
            Topic = form.Topic,
            Group = form.Kind == MeetingKind.GroupMeeting ? form.GroupName : null,
            Id = form.PlanId,
        };
        var created = await plans.CreatePlanAsync(draft, creator, cancellationToken);
        if (!created.Succeeded)
        {
            await step.DialogContext.SendAsync(MeetingProblemTexts.Say(created.Problem!, presenter), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var plan = created.Value!.Plan;
        if (created.Value.MadeBefore)
        {
            await step.DialogContext.SendAsync(MeetingTexts.PlanAlreadyCreated(MeetingTexts.Rhythm(plan.Recurrence), plan.Kind), cancellationToken);
            return await step.EndDialogAsync(plan.Id, cancellationToken);
        }

        var dates = created.Value.Occurrences.Select(m => presenter.When(m.StartsAt)).ToList();
        var rhythm = MeetingTexts.Rhythm(plan.Recurrence);
        var announcement = created.Value.Occurrences.Count == 0
            ? new Announcement([], [])
            : await announcer.AnnounceAsync(plan.Audience, MeetingNotices.PlanCreated(plan, rhythm, dates), creator, cancellationToken);
        await step.DialogContext.SendAsync(MeetingTexts.PlanCreated(rhythm, plan.Kind, dates, announcement), cancellationToken);
        return await step.EndDialogAsync(plan.Id, cancellationToken);
    }
}
