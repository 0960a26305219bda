using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Meetings;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>
/// Writes a broadcast step by step: content, audience (and which group, meeting or earlier broadcast), 回执, 立即,
/// 定时 or 定期 (for the branch, the committee or a group: a rhythm such as 每月5日上午9点 makes a 定期广播 plan), then a
/// preview with the recipient count and 确认/修改/取消. Nothing is sent before 确认. Every step skips what is already
/// known, so 修改 forgets one part and starts over.
/// </summary>
public sealed class BroadcastDialog : WaterfallDialog
{
    public const string DialogId = "broadcasts.compose";

    private const string FormKey = "form";
    private const int FirstStep = 0;
    private const int AudienceStep = 1;
    private const int TimeStep = 5;
    private const int RecentChoices = 5;

    public BroadcastDialog(
        BroadcastService broadcasts, BroadcastPlanService plans, MeetingService meetings, MeetingPresenter meetingPresenter, IMembershipStore members, BranchClock clock)
        : base(DialogId, [
            AskText,
            AskAudience,
            (step, ct) => AskAudienceDetailAsync(broadcasts, meetings, meetingPresenter, members, step, ct),
            AskAcknowledgement,
            AskTiming,
            AskTime,
            (step, ct) => PreviewAsync(broadcasts, plans, clock, step, ct),
            (step, ct) => DecideAsync(broadcasts, plans, clock, step, ct),
            ChangeField,
        ])
    {
    }

    public override string DraftName => "通知";

    private static BroadcastForm Form(WaterfallStepContext step) =>
        step.Values.Get<BroadcastForm>(FormKey) ?? step.GetOptions<BroadcastForm>() ?? new BroadcastForm();

    private static void Save(WaterfallStepContext step, BroadcastForm form) => step.Values.Set(FormKey, form);

    private static Task<DialogTurnResult> AskText(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        Save(step, form);
        return form.Text is not null
            ? step.NextAsync(null, cancellationToken)
            : step.PromptAsync(PromptIds.Text, PromptOptions.Ask(BroadcastTexts.AskText), cancellationToken);
    }

    private static Task<DialogTurnResult> AskAudience(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is string text)
        {
            form = form with { Text = text.Trim() };
            Save(step, form);
        }

        return form.AudienceKind is not null
            ? step.NextAsync(null, cancellationToken)
            : step.PromptAsync(PromptIds.Choice, Choices(BroadcastTexts.AskAudience, BroadcastTexts.AudienceChoices), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskAudienceDetailAsync(
        BroadcastService broadcasts, MeetingService meetings, MeetingPresenter meetingPresenter, IMembershipStore members,
        WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is FoundChoice audience && BroadcastForm.AudienceKindOf(audience.Value) is { } kind)
        {
            form = form.WithoutAudience() with { AudienceKind = kind };
            Save(step, form);
        }

        if (form.AudienceComplete)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var (question, labels, values, none) = form.AudienceKind switch
        {
            BroadcastAudienceKind.Group => await GroupOptionsAsync(members, cancellationToken),
            BroadcastAudienceKind.NotCheckedIn => await MeetingOptionsAsync(meetings, meetingPresenter, cancellationToken),
            _ => await EarlierOptionsAsync(broadcasts, cancellationToken),
        };
        if (labels.Count == 0)
        {
            await step.DialogContext.SendAsync(none, cancellationToken);
            Save(step, form.WithoutAudience());
            return await step.GoToStepAsync(AudienceStep, null, cancellationToken);
        }

        Save(step, form with { DetailOptions = values });
        return await step.PromptAsync(PromptIds.Choice, Choices(question, labels), cancellationToken);
    }

    private static Task<DialogTurnResult> AskAcknowledgement(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is FoundChoice detail && form.DetailOptions is { } options && detail.Index < options.Count)
        {
            var value = options[detail.Index];
            form = form.AudienceKind switch
            {
                BroadcastAudienceKind.Group => form with { GroupName = value },
                BroadcastAudienceKind.NotCheckedIn => form with { MeetingId = value },
                _ => form with { EarlierNumber = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            };
            form = form with { DetailOptions = null };
            Save(step, form);
        }

        return form.RequiresAcknowledgement is not null
            ? step.NextAsync(null, cancellationToken)
            : step.PromptAsync(PromptIds.Confirm, PromptOptions.Ask(BroadcastTexts.AskAcknowledgement), cancellationToken);
    }

    private static Task<DialogTurnResult> AskTiming(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is bool acknowledgement)
        {
            form = form with { RequiresAcknowledgement = acknowledgement };
            Save(step, form);
        }

        if (form.Recurring == true && !form.MayRecur)
        {
            // The audience was changed to one that cannot recur: ask the timing again.
            form = form.WithoutTiming();
            Save(step, form);
        }

        if (form.Scheduled is not null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        List<Choice> timings =
        [
            Choice.Of(BroadcastTexts.Now, BroadcastTexts.NowSynonyms),
            Choice.Of(BroadcastTexts.Later, BroadcastTexts.LaterSynonyms),
        ];
        if (form.MayRecur)
        {
            timings.Add(Choice.Of(BroadcastPlanTexts.Recurring, BroadcastPlanTexts.RecurringSynonyms));
        }

        return step.PromptAsync(PromptIds.Choice, new PromptOptions { Prompt = BroadcastTexts.AskTiming, Choices = timings }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskTime(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is FoundChoice timing)
        {
            var recurring = timing.Value == BroadcastPlanTexts.Recurring;
            form = form.WithoutTiming() with { Scheduled = timing.Value == BroadcastTexts.Later, Recurring = recurring };
            Save(step, form);
        }

        if (form.Recurring == true && form.Recurrence is null)
        {
            Save(step, form with { RecurrenceProblem = null });
            return step.PromptAsync(PromptIds.Text, PromptOptions.Ask((form.RecurrenceProblem ?? string.Empty) + BroadcastPlanTexts.AskRecurrence), cancellationToken);
        }

        return form.Scheduled == true && form.ScheduledAt is null
            ? step.PromptAsync(PromptIds.DateTime, DateTimePrompt.Ask(BroadcastTexts.AskTime, mustBeFuture: true, timeRequired: true), cancellationToken)
            : step.NextAsync(null, cancellationToken);
    }

    private static async Task<DialogTurnResult> PreviewAsync(
        BroadcastService broadcasts, BroadcastPlanService plans, BranchClock clock, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is ResolvedDateTime time)
        {
            form = form with { ScheduledAt = time.Value };
            Save(step, form);
        }

        if (form.Recurring == true)
        {
            if (step.Result is string rhythm)
            {
                var (recurrence, problem) = BroadcastPlanTexts.ReadRecurrence(rhythm, clock);
                Save(step, form with { Recurrence = recurrence, RecurrenceProblem = problem });
                if (recurrence is null)
                {
                    return await step.GoToStepAsync(TimeStep, null, cancellationToken);
                }
            }

            return await PreviewPlanAsync(plans, clock, step, cancellationToken);
        }

        var author = Sender.Of(step.DialogContext).Member!;
        var preview = await broadcasts.PreviewAsync(form.ToDraft(), author, cancellationToken);
        if (!preview.Succeeded || preview.Value!.Recipients.Count == 0)
        {
            var problem = preview.Succeeded ? BroadcastTexts.EmptyAudience(preview.Value!.AudienceLabel) : BroadcastTexts.PreviewProblem(BroadcastTexts.Problem(preview.Problem!, clock));
            return await step.PromptAsync(PromptIds.Choice, Choices(problem, [BroadcastTexts.Change, BroadcastTexts.Cancel]), cancellationToken);
        }

        Save(step, form with { PreviewKey = BroadcastForm.NewBroadcastKey() });
        var local = form.Scheduled == true && form.ScheduledAt is { } at ? clock.ToLocal(at) : (DateTimeOffset?)null;
        var text = BroadcastTexts.Preview(form.Text!, preview.Value, form.RequiresAcknowledgement == true, local);
        return await step.PromptAsync(PromptIds.Choice, Choices(text, [BroadcastTexts.Confirm, BroadcastTexts.Change, BroadcastTexts.Cancel]), cancellationToken);
    }

    private static async Task<DialogTurnResult> PreviewPlanAsync(BroadcastPlanService plans, BranchClock clock, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        var preview = await plans.PreviewAsync(form.ToPlanDraft(), Sender.Of(step.DialogContext).Member!, cancellationToken);
        if (!preview.Succeeded || preview.Value!.Recipients.Recipients.Count == 0)
        {
            var problem = preview.Succeeded ? BroadcastTexts.EmptyAudience(preview.Value!.Recipients.AudienceLabel) : BroadcastTexts.PreviewProblem(BroadcastPlanTexts.Problem(preview.Problem!, clock));
            return await step.PromptAsync(PromptIds.Choice, Choices(problem, [BroadcastTexts.Change, BroadcastTexts.Cancel]), cancellationToken);
        }

        Save(step, form with { PreviewKey = BroadcastPlan.NewId() });
        var text = BroadcastPlanTexts.Preview(form.Text!, form.Recurrence!, preview.Value, form.RequiresAcknowledgement == true, clock.ToLocal(preview.Value.NextOccurrence));
        return await step.PromptAsync(PromptIds.Choice, Choices(text, [BroadcastTexts.Confirm, BroadcastTexts.Change, BroadcastTexts.Cancel]), cancellationToken);
    }

    private static async Task<DialogTurnResult> CreatePlanAsync(BroadcastPlanService plans, BranchClock clock, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var created = await plans.CreateAsync(Form(step).ToPlanDraft(), Sender.Of(step.DialogContext).Member!, cancellationToken);
        if (!created.Succeeded)
        {
            await step.DialogContext.SendAsync(BroadcastPlanTexts.Problem(created.Problem!, clock), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var plan = created.Value!;
        var text = plan.MadeBefore ? BroadcastPlanTexts.AlreadyCreated(plan.Plan.Number) : BroadcastPlanTexts.Created(plan, clock.ToLocal);
        await step.DialogContext.SendAsync(Buttons.Message(text, [BroadcastPlanTexts.ListButton]), cancellationToken);
        return await step.EndDialogAsync(plan.Plan.Number, cancellationToken);
    }

    private static async Task<DialogTurnResult> DecideAsync(
        BroadcastService broadcasts, BroadcastPlanService plans, BranchClock clock, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var choice = (FoundChoice)step.Result!;
        if (choice.Value == BroadcastTexts.Change)
        {
            return await step.PromptAsync(PromptIds.Choice, Choices(BroadcastTexts.AskField, BroadcastTexts.Fields), cancellationToken);
        }

        if (choice.Value != BroadcastTexts.Confirm)
        {
            await step.DialogContext.SendAsync(BroadcastTexts.NotSent, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var form = Form(step);
        if (form.Recurring == true)
        {
            return await CreatePlanAsync(plans, clock, step, cancellationToken);
        }

        var author = Sender.Of(step.DialogContext).Member!;
        var sent = await broadcasts.SendAsync(form.ToDraft(), author, cancellationToken);
        if (!sent.Succeeded)
        {
            await step.DialogContext.SendAsync(BroadcastTexts.Problem(sent.Problem!, clock), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var local = sent.Value!.Broadcast.ScheduledAt is { } at ? clock.ToLocal(at) : (DateTimeOffset?)null;
        var text = sent.Value.MadeBefore ? BroadcastTexts.AlreadySent(sent.Value.Broadcast.Number) : BroadcastTexts.Sent(sent.Value, local);
        await step.DialogContext.SendAsync(Buttons.Message(text, [BroadcastTexts.DetailButton(sent.Value.Broadcast.Number)]), cancellationToken);
        return await step.EndDialogAsync(sent.Value.Broadcast.Number, cancellationToken);
    }

    private static Task<DialogTurnResult> ChangeField(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        form = ((FoundChoice)step.Result!).Value switch
        {
            BroadcastTexts.FieldText => form with { Text = null },
            BroadcastTexts.FieldAudience => form.WithoutAudience(),
            BroadcastTexts.FieldAcknowledgement => form with { RequiresAcknowledgement = null },
            _ => form.WithoutTiming(),
        };
        Save(step, form);
        return step.GoToStepAsync(FirstStep, null, cancellationToken);
    }

    private static async Task<(string Question, IReadOnlyList<string> Labels, IReadOnlyList<string> Values, string None)> GroupOptionsAsync(
        IMembershipStore members, CancellationToken cancellationToken)
    {
        var groups = (await members.ListGroupsAsync(cancellationToken)).Select(g => g.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
        return (BroadcastTexts.AskGroup, groups, groups, BroadcastTexts.NoGroups);
    }

    private static async Task<(string Question, IReadOnlyList<string> Labels, IReadOnlyList<string> Values, string None)> MeetingOptionsAsync(
        MeetingService meetings, MeetingPresenter presenter, CancellationToken cancellationToken)
    {
        var recent = await meetings.ListRecentAsync(RecentChoices, cancellationToken);
        return (BroadcastTexts.AskMeeting, [.. recent.Select(presenter.Describe)], [.. recent.Select(m => m.Id)], BroadcastTexts.NoMeetings);
    }

    private static async Task<(string Question, IReadOnlyList<string> Labels, IReadOnlyList<string> Values, string None)> EarlierOptionsAsync(
        BroadcastService broadcasts, CancellationToken cancellationToken)
    {
        var earlier = (await broadcasts.ListRecentAsync(BroadcastTexts.ListedBroadcasts, cancellationToken))
            .Where(b => b.RequiresAcknowledgement && !b.IsWithdrawn)
            .Take(RecentChoices)
            .ToList();
        return (
            BroadcastTexts.AskEarlier,
            [.. earlier.Select(b => $"{BroadcastMessages.Name(b.Number)}「{BroadcastTexts.Excerpt(b.Text, 12)}」")],
            [.. earlier.Select(b => b.Id)],
            BroadcastTexts.NoEarlier);
    }

    private static PromptOptions Choices(string prompt, IEnumerable<string> values) =>
        new() { Prompt = prompt, Choices = [.. values.Select(v => Choice.Of(v))] };
}
