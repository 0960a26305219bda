using System.Globalization;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Forms;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Meetings;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>
/// Writes a broadcast as a form: content, audience (and which group, meeting or earlier broadcast), 回执, 立即, 定时 or
/// 定期 (for the branch, the committee or a group: a rhythm such as 每月5日上午9点 makes a 定期广播 plan), then a
/// preview with the recipient count and 确认/修改/取消. Nothing is sent before 确认.
/// </summary>
public sealed class BroadcastDialog(
    BroadcastService broadcasts, BroadcastPlanService plans, MeetingService meetings, MeetingPresenter meetingPresenter, IMembershipStore members, BranchClock clock)
    : FormDialog<BroadcastForm>(DialogId)
{
    public const string DialogId = "broadcasts.compose";

    private const int RecentChoices = 5;

    public override string DraftName => "通知";

    protected override IReadOnlyList<FormField<BroadcastForm>> Fields => field ??=
    [
        new FormField<BroadcastForm, string>
        {
            Name = "text",
            Label = BroadcastTexts.FieldText,
            IsMissing = form => form.Text is null,
            Ask = (_, _) => FieldQuestion<BroadcastForm>.Text(PromptOptions.Ask(BroadcastTexts.AskText)),
            Accept = (form, text) => FieldAnswer<BroadcastForm>.Accepted(form.WithText(text.Trim())),
            Clear = form => form with { Text = null },
        },
        new FormField<BroadcastForm, FoundChoice>
        {
            Name = "audience",
            Label = BroadcastTexts.FieldAudience,
            IsMissing = form => form.AudienceKind is null,
            Ask = (_, _) => FieldQuestion<BroadcastForm>.Choice(BroadcastTexts.AskAudience, BroadcastTexts.AudienceChoices.Select(
                a => a == BroadcastTexts.AudienceBranch ? Choice.Of(a, BroadcastTexts.AudienceBranchSynonyms) : Choice.Of(a))),
            Accept = (form, audience) => BroadcastForm.AudienceKindOf(audience.Value) is { } kind
                ? FieldAnswer<BroadcastForm>.Accepted(form.WithoutAudience() with { AudienceKind = kind })
                : FieldAnswer<BroadcastForm>.Rejected(form, null),
            Clear = form => form.WithoutAudience(),
        },
        new FormField<BroadcastForm, FoundChoice>
        {
            Name = "audienceDetail",
            IsMissing = form => !form.AudienceComplete,
            AskWith = AskAudienceDetailAsync,
            Accept = (form, detail) => form.DetailOptions is { } options && detail.Index < options.Count
                ? FieldAnswer<BroadcastForm>.Accepted(WithDetail(form, options[detail.Index]) with { DetailOptions = null })
                : FieldAnswer<BroadcastForm>.Rejected(form, null),
        },
        new FormField<BroadcastForm, bool>
        {
            Name = "acknowledgement",
            Label = BroadcastTexts.FieldAcknowledgement,
            IsMissing = form => form.RequiresAcknowledgement is null,
            Ask = (_, _) => new FieldQuestion<BroadcastForm>.Prompt(PromptIds.Confirm, PromptOptions.Ask(BroadcastTexts.AskAcknowledgement)),
            Accept = (form, acknowledgement) => FieldAnswer<BroadcastForm>.Accepted(form with { RequiresAcknowledgement = acknowledgement, ReceiptAskedInText = null }),
            Clear = form => form with { RequiresAcknowledgement = null, ReceiptAskedInText = null },
        },
        new FormField<BroadcastForm, object>
        {
            Name = "timing",
            Label = BroadcastTexts.FieldTime,

            // 定期 chosen for an audience changed since to one that cannot recur is asked again.
            IsMissing = form => form.Scheduled is null || (form.Recurring == true && !form.MayRecur),
            Ask = (form, _) => new FieldQuestion<BroadcastForm>.Prompt(PromptIds.Choice, new PromptOptions
            {
                Prompt = BroadcastTexts.AskTiming,
                Choices = Timings(form),
                Settings = new() { [ChoicePrompt.PassesOtherText] = ScheduledTime.Shape },
            }),
            AcceptWith = (dc, form, timing, _) => Task.FromResult(timing switch
            {
                FoundChoice chosen when chosen.Value == BroadcastPlanTexts.Recurring => FieldAnswer<BroadcastForm>.Accepted(form.WithoutTiming() with { Scheduled = false, Recurring = true }),
                FoundChoice chosen when chosen.Value == BroadcastTexts.Later => FieldAnswer<BroadcastForm>.Accepted(Later(form, dc.Text)),
                FoundChoice => FieldAnswer<BroadcastForm>.Accepted(form.WithoutTiming() with { Scheduled = false, Recurring = false }),
                OtherText typed => FieldAnswer<BroadcastForm>.Accepted(Later(form, typed.Text)),
                _ => FieldAnswer<BroadcastForm>.Rejected(form, null),
            }),
            Clear = form => form.WithoutTiming(),
        },
        new FormField<BroadcastForm, string>
        {
            Name = "recurrence",
            AppliesTo = form => form.Recurring == true,
            IsMissing = form => form.Recurrence is null,
            Ask = (_, problem) => FieldQuestion<BroadcastForm>.Text(PromptOptions.Ask(problem + BroadcastPlanTexts.AskRecurrence)),
            Accept = (form, rhythm) => BroadcastPlanTexts.ReadRecurrence(rhythm, clock) switch
            {
                ({ } recurrence, _) => FieldAnswer<BroadcastForm>.Accepted(form with { Recurrence = recurrence }),
                (_, var problem) => FieldAnswer<BroadcastForm>.Rejected(form, problem),
            },
        },
        new FormField<BroadcastForm, ResolvedDateTime>
        {
            Name = "scheduledAt",
            AppliesTo = form => form.Scheduled == true,
            IsMissing = form => form.ScheduledAt is null,
            Ask = (_, _) => new FieldQuestion<BroadcastForm>.Prompt(
                PromptIds.DateTime, DateTimePrompt.Ask(BroadcastTexts.AskTime, mustBeFuture: true, timeRequired: true)),
            Accept = (form, time) => FieldAnswer<BroadcastForm>.Accepted(form with { ScheduledAt = time.Value }),
        },
    ];

    protected override string NotDoneText => BroadcastTexts.NotSent;

    /// <summary>The preview with the recipients; an empty audience or a refusal offers only 修改 and 取消.</summary>
    protected override async Task<FormSummary<BroadcastForm>> SummarizeAsync(DialogContext dc, BroadcastForm form, CancellationToken cancellationToken)
    {
        var author = Sender.Of(dc).Member!;
        if (form.Recurring == true)
        {
            var planPreview = await plans.PreviewAsync(form.ToPlanDraft(), author, cancellationToken);
            if (!planPreview.Succeeded || planPreview.Value!.Recipients.Recipients.Count == 0)
            {
                var problem = planPreview.Succeeded
                    ? BroadcastTexts.EmptyAudience(planPreview.Value!.Recipients.AudienceLabel)
                    : BroadcastTexts.PreviewProblem(BroadcastPlanTexts.Problem(planPreview.Problem!, clock));
                return new FormSummary<BroadcastForm>.Show(form, problem, SummaryOffer.ChangeCancel);
            }

            var plan = planPreview.Value;
            var planText = BroadcastPlanTexts.Preview(form.Text!, form.Recurrence!, plan, form.RequiresAcknowledgement == true, clock.ToLocal(plan.NextOccurrence))
                + BroadcastTexts.ReceiptReadFromText(form.ReceiptAskedInText);
            return new FormSummary<BroadcastForm>.Show(form with { PreviewKey = BroadcastPlan.NewId() }, planText, SummaryOffer.ConfirmChangeCancel);
        }

        var preview = await broadcasts.PreviewAsync(form.ToDraft(), author, cancellationToken);
        if (!preview.Succeeded || preview.Value!.Recipients.Count == 0)
        {
            var problem = preview.Succeeded
                ? BroadcastTexts.EmptyAudience(preview.Value!.AudienceLabel)
                : BroadcastTexts.PreviewProblem(BroadcastTexts.Problem(preview.Problem!, clock));
            return new FormSummary<BroadcastForm>.Show(form, problem, SummaryOffer.ChangeCancel);
        }

        var local = form.Scheduled == true && form.ScheduledAt is { } at ? clock.ToLocal(at) : (DateTimeOffset?)null;
        var text = BroadcastTexts.Preview(form.Text!, preview.Value, form.RequiresAcknowledgement == true, local)
            + (local is { } sendsAt ? RelativeDateWords.Warning(form.Text!, DateOnly.FromDateTime(clock.Now.DateTime), DateOnly.FromDateTime(sendsAt.DateTime)) : null)
            + BroadcastTexts.ReceiptReadFromText(form.ReceiptAskedInText);
        return new FormSummary<BroadcastForm>.Show(form with { PreviewKey = BroadcastForm.NewBroadcastKey() }, text, SummaryOffer.ConfirmChangeCancel);
    }

    protected override async Task<DialogTurnResult> SubmitAsync(DialogContext dc, BroadcastForm form, CancellationToken cancellationToken)
    {
        var author = Sender.Of(dc).Member!;
        if (form.Recurring == true)
        {
            var created = await plans.CreateAsync(form.ToPlanDraft(), author, cancellationToken);
            if (!created.Succeeded)
            {
                await dc.SendAsync(BroadcastPlanTexts.Problem(created.Problem!, clock), cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            }

            var plan = created.Value!;
            var planText = plan.MadeBefore ? BroadcastPlanTexts.AlreadyCreated(plan.Plan.Number) : BroadcastPlanTexts.Created(plan, clock.ToLocal);
            await dc.SendAsync(Buttons.Message(planText, [BroadcastPlanTexts.ListButton]), cancellationToken);
            return await dc.EndDialogAsync(plan.Plan.Number, cancellationToken);
        }

        var sent = await broadcasts.SendAsync(form.ToDraft(), author, cancellationToken);
        if (!sent.Succeeded)
        {
            await dc.SendAsync(BroadcastTexts.Problem(sent.Problem!, clock), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var local = sent.Value!.Broadcast.ScheduledAt is { } at ? clock.ToLocal(at) : (DateTimeOffset?)null;
        var text = sent.Value.MadeBefore ? BroadcastTexts.AlreadySent(sent.Value.Broadcast.Number) : BroadcastTexts.Sent(sent.Value, local);
        await dc.SendAsync(Buttons.Message(text, [BroadcastTexts.DetailButton(sent.Value.Broadcast.Number)]), cancellationToken);
        return await dc.EndDialogAsync(sent.Value.Broadcast.Number, cancellationToken);
    }

    /// <summary>
    /// Which group, meeting or earlier broadcast, with the recent ones as buttons; what each stands for is kept in the
    /// form. With none to offer, says so and asks for the audience again.
    /// </summary>
    private async Task<FieldQuestion<BroadcastForm>> AskAudienceDetailAsync(DialogContext dc, BroadcastForm form, string? problem, CancellationToken cancellationToken)
    {
        var (question, labels, values, none) = form.AudienceKind switch
        {
            BroadcastAudienceKind.Group => await GroupOptionsAsync(cancellationToken),
            BroadcastAudienceKind.NotCheckedIn => await MeetingOptionsAsync(cancellationToken),
            _ => await EarlierOptionsAsync(cancellationToken),
        };
        if (labels.Count == 0)
        {
            await dc.SendAsync(none, cancellationToken);
            return new FieldQuestion<BroadcastForm>.Revise(form.WithoutAudience());
        }

        return FieldQuestion<BroadcastForm>.Choice(question, labels.Select(l => Choice.Of(l)), form with { DetailOptions = values });
    }

    private static BroadcastForm WithDetail(BroadcastForm form, string value) => form.AudienceKind switch
    {
        BroadcastAudienceKind.Group => form with { GroupName = value },
        BroadcastAudienceKind.NotCheckedIn => form with { MeetingId = value },
        _ => form with { EarlierNumber = int.Parse(value, CultureInfo.InvariantCulture) },
    };

    /// <summary>
    /// 定时发送, with the time when the words already give one ("明早八点发吧", or just "明天上午9点" typed instead of a
    /// button): a day and a time still ahead is taken, anything less leaves the time to be asked.
    /// </summary>
    private BroadcastForm Later(BroadcastForm form, string typed)
    {
        var later = form.WithoutTiming() with { Scheduled = true, Recurring = false };
        return ScheduledTime.Read(typed, clock.UtcNow, clock.Zone) is { } at ? later with { ScheduledAt = at } : later;
    }

    private static List<Choice> Timings(BroadcastForm form)
    {
        List<Choice> timings =
        [
            Choice.Of(BroadcastTexts.Now, BroadcastTexts.NowSynonyms),
            Choice.Of(BroadcastTexts.Later, BroadcastTexts.LaterSynonyms),
        ];
        if (form.MayRecur)
        {
            timings.Add(Choice.Of(BroadcastPlanTexts.Recurring, BroadcastPlanTexts.RecurringSynonyms));
        }

        return timings;
    }

    private async Task<(string Question, IReadOnlyList<string> Labels, IReadOnlyList<string> Values, string None)> GroupOptionsAsync(CancellationToken cancellationToken)
    {
        var groups = (await members.ListGroupsAsync(cancellationToken)).Select(g => g.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
        return (BroadcastTexts.AskGroup, groups, groups, BroadcastTexts.NoGroups);
    }

    private async Task<(string Question, IReadOnlyList<string> Labels, IReadOnlyList<string> Values, string None)> MeetingOptionsAsync(CancellationToken cancellationToken)
    {
        var recent = await meetings.ListRecentAsync(RecentChoices, cancellationToken);
        return (BroadcastTexts.AskMeeting, [.. recent.Select(meetingPresenter.Describe)], [.. recent.Select(m => m.Id)], BroadcastTexts.NoMeetings);
    }

    private async Task<(string Question, IReadOnlyList<string> Labels, IReadOnlyList<string> Values, string None)> EarlierOptionsAsync(CancellationToken cancellationToken)
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
}
