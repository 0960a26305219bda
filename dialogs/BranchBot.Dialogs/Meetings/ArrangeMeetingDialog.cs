using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// Arranges one meeting: asks only for what the one-line 安排 left out (kind, group, time, and in a guided dialog
/// place and topic), shows a summary with 确认/修改/取消, and creates the meeting on 确认 only, then tells its audience.
/// </summary>
public sealed class ArrangeMeetingDialog : WaterfallDialog
{
    public const string DialogId = "meetings.arrange";

    private const string FormKey = "form";
    private const int KindStep = 0;
    private const int TimeStep = 2;

    public ArrangeMeetingDialog(MeetingService meetings, MeetingPresenter presenter, MeetingAnnouncer announcer)
        : base(DialogId, [
            AskKind,
            (step, ct) => AskGroupAsync(presenter, step, ct),
            AskTime,
            (step, ct) => AskPlaceAsync(presenter, step, ct),
            AskTopic,
            (step, ct) => SummarizeAsync(presenter, step, ct),
            (step, ct) => DecideAsync(meetings, presenter, announcer, step, ct),
            ChangeField,
        ])
    {
    }

    public override string DraftName => "会议安排";

    private static MeetingForm Form(WaterfallStepContext step) =>
        step.Values.Get<MeetingForm>(FormKey) ?? step.GetOptions<MeetingForm>() ?? new MeetingForm();

    private static void Save(WaterfallStepContext step, MeetingForm form) => step.Values.Set(FormKey, form);

    private static Task<DialogTurnResult> AskKind(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        Save(step, form);
        if (form.Kind is not null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        var sender = Sender.Of(step.DialogContext).Member!;
        var kinds = sender.IsCommittee ? MeetingTexts.KindChoices : [MeetingKinds.ToChinese(MeetingKind.GroupMeeting)];
        return step.PromptAsync(PromptIds.Choice, new PromptOptions { Prompt = MeetingTexts.AskKind, Choices = [.. kinds.Select(k => Choice.Of(k))] }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskGroupAsync(MeetingPresenter presenter, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is FoundChoice kindChoice && MeetingKinds.TryParse(kindChoice.Value, out var kind))
        {
            form = form with { Kind = kind };
            Save(step, form);
        }

        if (form.Kind != MeetingKind.GroupMeeting)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var creator = Sender.Of(step.DialogContext).Member!;
        if ((await presenter.Meetings.ResolveAudienceAsync(MeetingKind.GroupMeeting, null, form.GroupName, creator, cancellationToken)).Value is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await GroupQuestion.AskAsync(step, presenter, form.GroupName, cancellationToken);
    }

    private static Task<DialogTurnResult> AskTime(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is FoundChoice group)
        {
            form = form with { GroupName = group.Value };
            Save(step, form);
        }

        if (form.StartsAt is not null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        var question = form.DateWithoutTime is { } date ? MeetingTexts.AskTimeOfDay(date) : MeetingTexts.AskTime(form.Kind!.Value);
        var prompt = form.TimeProblem is { } problem ? problem + question : question;

        // A retry answers what was typed last: the earlier problem ("昨天下午3点已经过去") is not repeated after "2月30日".
        return step.PromptAsync(PromptIds.DateTime, DateTimePrompt.Ask(prompt, mustBeFuture: true, timeRequired: true, retryPrompt: question), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskPlaceAsync(MeetingPresenter presenter, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is ResolvedDateTime answer)
        {
            var start = Combine(form.DateWithoutTime, answer, presenter.Clock.Zone);
            if (start <= presenter.Clock.UtcNow)
            {
                Save(step, form with { TimeProblem = MeetingTexts.TimePast(presenter.When(start)) });
                return await step.GoToStepAsync(TimeStep, null, cancellationToken);
            }

            form = form with { StartsAt = start, EndsAt = null, DateWithoutTime = null, TimeProblem = null };
            Save(step, form);
        }

        return form.AskPlace
            ? await step.PromptAsync(PromptIds.Text, SkippableQuestion(MeetingTexts.AskPlace), cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskTopic(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (form.AskPlace && step.Result is string place)
        {
            form = form with { Place = Optional(place), AskPlace = false };
            Save(step, form);
        }

        return form.AskTopic
            ? await step.PromptAsync(PromptIds.Text, SkippableQuestion(MeetingTexts.AskTopic), cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    private static async Task<DialogTurnResult> SummarizeAsync(MeetingPresenter presenter, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (form.AskTopic && step.Result is string topic)
        {
            form = form with { Topic = Optional(topic), AskTopic = false };
            Save(step, form);
        }

        var creator = Sender.Of(step.DialogContext).Member!;
        var audience = (await presenter.Meetings.ResolveAudienceAsync(form.Kind!.Value, null, form.GroupName, creator, cancellationToken)).Value;
        var audienceText = audience is null ? MeetingTexts.NoAudience : await presenter.AudienceAsync(audience, cancellationToken);
        Save(step, form with { MeetingId = Meeting.NewId() });
        var summary = MeetingTexts.Summary(
            form.Kind.Value, presenter.Clock.ToLocal(form.StartsAt!.Value), presenter.Clock.Now, form.Place, form.Topic, audienceText, form.CheckInCode,
            form.EndsAt is { } end ? presenter.Clock.ToLocal(end) : null);
        return await step.PromptAsync(
            PromptIds.Choice,
            new PromptOptions { Prompt = summary, Choices = [.. MeetingTexts.SummaryChoices()] },
            cancellationToken);
    }

    private static async Task<DialogTurnResult> DecideAsync(
        MeetingService meetings, MeetingPresenter presenter, MeetingAnnouncer announcer, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (await SummaryDecision.UnlessConfirmedAsync(step, MeetingTexts.Fields, MeetingTexts.NotCreated, cancellationToken) is { } notConfirmed)
        {
            return notConfirmed;
        }

        var form = Form(step);
        if (form.MeetingId is { } id && await meetings.FindByIdAsync(id, cancellationToken) is { } made)
        {
            await step.DialogContext.SendAsync(MeetingTexts.AlreadyCreated(presenter.Describe(made)), cancellationToken);
            return await step.EndDialogAsync(made.Id, cancellationToken);
        }

        var creator = Sender.Of(step.DialogContext).Member!;
        var draft = new MeetingDraft
        {
            Id = form.MeetingId,
            Kind = form.Kind!.Value,
            StartsAt = form.StartsAt!.Value,
            EndsAt = form.EndsAt,
            Place = form.Place,
            Topic = form.Topic,
            CheckInCode = form.CheckInCode,
            Group = form.Kind == MeetingKind.GroupMeeting ? form.GroupName : null,
        };
        var created = await meetings.CreateAsync(draft, creator, cancellationToken);
        if (!created.Succeeded)
        {
            await step.DialogContext.SendAsync(MeetingProblemTexts.Say(created.Problem!, presenter), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var meeting = created.Value!;
        var announcement = await announcer.AnnounceAsync(meeting.Audience, MeetingNotices.Arranged(meeting, presenter, meetings.CheckInWindowOf(meeting)), creator, cancellationToken);
        await step.DialogContext.SendAsync(MeetingTexts.Created(presenter.Describe(meeting), announcement), cancellationToken);
        return await step.EndDialogAsync(meeting.Id, cancellationToken);
    }

    /// <summary>Forgets the chosen field and goes back to the start: every step skips what is still known.</summary>
    private static Task<DialogTurnResult> ChangeField(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        form = ((FoundChoice)step.Result!).Value switch
        {
            MeetingTexts.FieldKind => form with { Kind = null, GroupName = null },
            MeetingTexts.FieldTime => form with { StartsAt = null, EndsAt = null, DateWithoutTime = null, TimeProblem = null },
            MeetingTexts.FieldPlace => form with { Place = null, AskPlace = true },
            _ => form with { Topic = null, AskTopic = true },
        };
        Save(step, form);
        return step.GoToStepAsync(KindStep, null, cancellationToken);
    }

    private static PromptOptions SkippableQuestion(string question) =>
        new() { Prompt = question, Choices = [Choice.Of(MeetingTexts.Skip)] };

    private static string? Optional(string answer)
    {
        var text = TextNormalizer.StripTrailingPunctuation(answer);
        return text.Length == 0 || MeetingTexts.SkipWords.Contains(text) ? null : text;
    }

    /// <summary>A time alone answering "12月1日几点？" falls on that day; anything with a day of its own stands.</summary>
    private static DateTimeOffset Combine(DateOnly? date, ResolvedDateTime answer, TimeZoneInfo zone)
    {
        if (date is not { } day || answer.Parts != DateTimeParts.TimeOnly || answer.Time is not { } time)
        {
            return answer.Value;
        }

        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
