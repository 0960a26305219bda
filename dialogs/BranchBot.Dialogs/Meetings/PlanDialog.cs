using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Forms;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// Sets up a recurring plan ("每月15日下午3点 主题党日"): asks for a missing kind, day or time, shows the rhythm with
/// its next occurrences, and on 确认 creates the plan, whose first meetings are announced to their audience.
/// </summary>
public sealed class PlanDialog(PlanService plans, MeetingPresenter presenter, MeetingAnnouncer announcer) : FormDialog<PlanForm>(DialogId)
{
    public const string DialogId = "meetings.plan";

    protected override IReadOnlyList<FormField<PlanForm>> Fields { get; } =
    [
        new FormField<PlanForm, FoundChoice>
        {
            Name = "kind",
            IsMissing = form => form.Kind is null,
            AskWith = (dc, _, _, _) =>
            {
                var kinds = Sender.Of(dc).IsCommittee ? MeetingTexts.KindChoices : [MeetingKinds.ToChinese(MeetingKind.GroupMeeting)];
                return Task.FromResult(FieldQuestion<PlanForm>.Choice(MeetingTexts.AskPlanKind, kinds.Select(k => Choice.Of(k))));
            },
            Accept = (form, kind) => MeetingKinds.TryParse(kind.Value, out var chosen)
                ? FieldAnswer<PlanForm>.Accepted(form with { Kind = chosen })
                : FieldAnswer<PlanForm>.Rejected(form, null),
        },
        new FormField<PlanForm, int>
        {
            Name = "day",
            IsMissing = form => form.DayOfMonth is null,
            Ask = (form, problem) => new FieldQuestion<PlanForm>.Prompt(
                PromptIds.Number,
                NumberPrompt.Ask(WithProblem(form, problem, MeetingTexts.AskPlanDay(form.Frequency, form.MonthOfQuarter)), min: 1, max: 31, unit: "号")),
            Accept = (form, day) => FieldAnswer<PlanForm>.Accepted(form with { DayOfMonth = day, Problem = null }),
        },
        new FormField<PlanForm, ResolvedDateTime>
        {
            Name = "time",
            IsMissing = form => form.Time is null,
            Ask = (form, problem) => new FieldQuestion<PlanForm>.Prompt(
                PromptIds.DateTime, DateTimePrompt.Ask(WithProblem(form, problem, MeetingTexts.AskPlanTime), timeRequired: true, range: true)),
            Accept = (form, answer) => FieldAnswer<PlanForm>.Accepted(form with { Time = answer.Time, Duration = answer.RangeLength, Problem = null }),
        },
    ];

    protected override string NotDoneText => MeetingTexts.PlanNotCreated;

    protected override FormChoices Choices { get; } = new(["确定", "是", "好"], []);

    protected override async Task<FormSummary<PlanForm>> SummarizeAsync(DialogContext dc, PlanForm form, CancellationToken cancellationToken)
    {
        var next = plans.PreviewOccurrences(form.ToRecurrence(), 3);
        if (next.Count == 0)
        {
            await dc.SendAsync(MeetingTexts.PlanImpossible(MeetingTexts.Rhythm(form.ToRecurrence())), cancellationToken);
            return new FormSummary<PlanForm>.End();
        }

        var creator = Sender.Of(dc).Member!;
        var audience = (await presenter.Meetings.ResolveAudienceAsync(form.Kind!.Value, null, form.GroupName, creator, cancellationToken)).Value;
        var audienceText = audience is null ? MeetingTexts.NoAudience : await presenter.AudienceAsync(audience, cancellationToken);
        var summary = MeetingTexts.PlanSummary(
            MeetingTexts.Rhythm(form.ToRecurrence(), form.Duration), form.Kind.Value, form.Place, form.Topic, audienceText, next.Select(presenter.When));
        return new FormSummary<PlanForm>.Show(form with { PlanId = MeetingPlan.NewId() }, summary, SummaryOffer.ConfirmCancel);
    }

    protected override async Task<DialogTurnResult> SubmitAsync(DialogContext dc, PlanForm form, CancellationToken cancellationToken)
    {
        var creator = Sender.Of(dc).Member!;
        var draft = new PlanDraft
        {
            Kind = form.Kind!.Value,
            Recurrence = form.ToRecurrence(),
            Duration = form.Duration,
            Place = form.Place,
            Topic = form.Topic,
            Group = form.Kind == MeetingKind.GroupMeeting ? form.GroupName : null,
            Id = form.PlanId,
        };
        var created = await plans.CreatePlanAsync(draft, creator, cancellationToken);
        if (!created.Succeeded)
        {
            await dc.SendAsync(MeetingProblemTexts.Say(created.Problem!, presenter), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var plan = created.Value!.Plan;
        if (created.Value.MadeBefore)
        {
            await dc.SendAsync(MeetingTexts.PlanAlreadyCreated(MeetingTexts.Rhythm(plan.Recurrence), plan.Kind), cancellationToken);
            return await dc.EndDialogAsync(plan.Id, cancellationToken);
        }

        var dates = created.Value.Occurrences.Select(m => presenter.When(m.StartsAt)).ToList();
        var rhythm = MeetingTexts.Rhythm(plan.Recurrence);
        var announcement = created.Value.Occurrences.Count == 0
            ? new Announcement([], [])
            : await announcer.AnnounceAsync(plan.Audience, MeetingNotices.PlanCreated(plan, rhythm, dates), creator, cancellationToken);
        await dc.SendAsync(MeetingTexts.PlanCreated(rhythm, plan.Kind, dates, announcement), cancellationToken);
        return await dc.EndDialogAsync(plan.Id, cancellationToken);
    }

    /// <summary>Why the last answer was refused, or why the typed plan could not be read, goes before the question.</summary>
    private static string WithProblem(PlanForm form, string? problem, string question) => (problem ?? form.Problem ?? string.Empty) + question;
}
