using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Meetings.Recording;

/// <summary>
/// 补录 one held meeting: asks only for what the line left out (kind, group, a past time, topic, who attended),
/// shows a summary with 确认/修改/取消 and saves on 确认 only. Nobody is notified: the meeting is history.
/// </summary>
public sealed class RecordMeetingDialog : WaterfallDialog
{
    public const string DialogId = "meetings.record";

    private const string FormKey = "form";
    private const int KindStep = 0;
    private const int TimeStep = 2;
    private const int PeopleStep = 4;

    public RecordMeetingDialog(
        RecordedMeetingService recorder, MeetingPresenter presenter, IMembershipStore members, MeetingAudienceResolver audiences)
        : base(DialogId, [
            AskKind,
            (step, ct) => AskGroupAsync(presenter, step, ct),
            (step, ct) => AskTime(recorder, presenter, step, ct),
            (step, ct) => AskTopicAsync(recorder, presenter, step, ct),
            (step, ct) => AskPeopleAsync(presenter, step, ct),
            (step, ct) => SummarizeAsync(presenter, members, step, ct),
            (step, ct) => DecideAsync(recorder, presenter, audiences, step, ct),
            ChangeField,
        ])
    {
    }

    public override string DraftName => "补录内容";

    private static RecordForm Form(WaterfallStepContext step) =>
        step.Values.Get<RecordForm>(FormKey) ?? step.GetOptions<RecordForm>() ?? new RecordForm();

    private static void Save(WaterfallStepContext step, RecordForm form) => step.Values.Set(FormKey, form);

    private static Member Recorder(WaterfallStepContext step) => Sender.Of(step.DialogContext).Member!;

    private static Task<DialogTurnResult> AskKind(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        Save(step, form);
        return form.Kind is not null
            ? step.NextAsync(null, cancellationToken)
            : step.PromptAsync(PromptIds.Choice, new PromptOptions { Prompt = RecordTexts.AskKind, Choices = [.. MeetingTexts.KindChoices.Select(k => Choice.Of(k))] }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskGroupAsync(MeetingPresenter presenter, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is FoundChoice kindChoice && MeetingKinds.TryParse(kindChoice.Value, out var kind))
        {
            form = form with { Kind = kind };
            Save(step, form);
        }

        if (form.Kind != MeetingKind.GroupMeeting
            || await presenter.AudienceForAsync(MeetingKind.GroupMeeting, form.GroupName, Recorder(step), cancellationToken) is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await GroupQuestion.AskAsync(step, presenter, form.GroupName, cancellationToken);
    }

    private static Task<DialogTurnResult> AskTime(
        RecordedMeetingService recorder, MeetingPresenter presenter, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is FoundChoice group)
        {
            form = form with { GroupName = group.Value };
        }

        if (form.StartsAt is { } start && recorder.TimeProblem(start, presenter.Clock.UtcNow) is { } problem)
        {
            form = form with { StartsAt = null, TimeProblem = problem };
        }

        Save(step, form);
        if (form.StartsAt is not null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        var question = form.DateWithoutTime is { } date ? RecordTexts.AskTimeOfDay(date) : RecordTexts.AskTime(form.Kind!.Value);
        return step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = (form.TimeProblem ?? string.Empty) + question }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskTopicAsync(
        RecordedMeetingService recorder, MeetingPresenter presenter, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (step.Result is string answer)
        {
            var read = ReadTime(answer, form, presenter);
            if (read.Start is { } start && recorder.TimeProblem(start, presenter.Clock.UtcNow) is { } refused)
            {
                read = (null, refused, null);
            }

            form = read.Start is { } startsAt
                ? form with { StartsAt = startsAt, DateWithoutTime = null, TimeProblem = null }
                : form with { TimeProblem = read.Problem, DateWithoutTime = read.Date ?? form.DateWithoutTime };
            Save(step, form);
            if (form.StartsAt is null)
            {
                return await step.GoToStepAsync(TimeStep, null, cancellationToken);
            }
        }

        return form.Topic is null && !form.TopicAsked
            ? await step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = RecordTexts.AskTopic, Choices = [Choice.Of(MeetingTexts.Skip)] }, cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    /// <summary>A time alone answering "10月15日几点？" falls on that day; a day alone keeps asking for the time.</summary>
    private static (DateTimeOffset? Start, string? Problem, DateOnly? Date) ReadTime(string answer, RecordForm form, MeetingPresenter presenter)
    {
        if (form.DateWithoutTime is { } day
            && ChineseDateTimeRecognizer.Recognize(answer, presenter.Clock.Now, presenter.Clock.Zone).Value is { Parts: DateTimeParts.TimeOnly, Time: { } time })
        {
            var local = day.ToDateTime(time);
            return (new DateTimeOffset(local, presenter.Clock.Zone.GetUtcOffset(local)), null, null);
        }

        var read = PastDateTimeReader.Read(answer, presenter.Clock.UtcNow, presenter.Clock.Zone);
        return read.Value switch
        {
            null => (null, read.Problem, null),
            { HasTime: false } value => (null, null, value.Date),
            { } value => (value.Value, null, null),
        };
    }

    private static async Task<DialogTurnResult> AskPeopleAsync(MeetingPresenter presenter, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (!form.TopicAsked && form.Topic is null && step.Result is string topic)
        {
            var text = TextNormalizer.StripTrailingPunctuation(topic);
            form = form with { Topic = text.Length == 0 || MeetingTexts.SkipWords.Contains(text) ? null : text, TopicAsked = true };
            Save(step, form);
        }

        if (form.HasPeople)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var audience = await presenter.AudienceForAsync(form.Kind!.Value, form.GroupName, Recorder(step), cancellationToken);
        var audienceText = audience is null ? MeetingTexts.NoAudience : await presenter.AudienceAsync(audience, cancellationToken);
        var prompt = (form.PeopleProblem ?? string.Empty) + RecordTexts.AskPeople(audienceText);
        return await step.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = prompt, Choices = [Choice.Of(RecordTexts.Everyone)] }, cancellationToken);
    }

    private static async Task<DialogTurnResult> SummarizeAsync(
        MeetingPresenter presenter, IMembershipStore members, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        if (!form.HasPeople && step.Result is string answer)
        {
            var people = RecordRequestParser.ReadPeople(answer);
            form = form with { Attendees = people.Attendees, EveryoneAttended = people.EveryoneAttended, OnLeave = [.. form.OnLeave.Union(people.OnLeave)], PeopleProblem = null };
        }

        var roster = (await members.ListMembersAsync(cancellationToken)).Where(m => m.IsActive).ToList();
        var typed = (form.Attendees ?? []).Concat(form.OnLeave).Append(form.Host).OfType<string>();
        var unknown = typed.Where(name => roster.All(m => m.Name != name)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0 || !form.HasPeople)
        {
            var problem = unknown.Count > 0 ? RecordTexts.UnknownNames(unknown) : null;
            Save(step, form with { Attendees = null, EveryoneAttended = false, OnLeave = [], Host = unknown.Contains(form.Host ?? string.Empty) ? null : form.Host, PeopleProblem = problem });
            return await step.GoToStepAsync(PeopleStep, null, cancellationToken);
        }

        Save(step, form);
        var recorder = Recorder(step);
        var audience = await presenter.AudienceForAsync(form.Kind!.Value, form.GroupName, recorder, cancellationToken);
        var audienceText = audience is null ? MeetingTexts.NoAudience : await presenter.AudienceAsync(audience, cancellationToken);
        var onLeave = form.OnLeave.Select(name => roster.First(m => m.Name == name)).Distinct().ToList();
        var attended = form.EveryoneAttended
            ? [.. roster.Where(m => audience is not null && MeetingAudienceResolver.Includes(audience, m) && !onLeave.Contains(m))
                .OrderBy(m => m.Name, StringComparer.Ordinal)]
            : form.Attendees!.Select(name => roster.First(m => m.Name == name)).Distinct().ToList();
        var host = form.Host ?? recorder.Name;
        var summary = RecordTexts.Summary(form.Kind.Value, presenter.When(form.StartsAt!.Value), form.Place, form.Topic, host, audienceText, attended, onLeave);
        return await step.PromptAsync(
            PromptIds.Choice,
            new PromptOptions { Prompt = summary, Choices = [.. MeetingTexts.SummaryChoices()] },
            cancellationToken);
    }

    private static async Task<DialogTurnResult> DecideAsync(
        RecordedMeetingService recorder, MeetingPresenter presenter, MeetingAudienceResolver audiences, WaterfallStepContext step,
        CancellationToken cancellationToken)
    {
        if (await SummaryDecision.UnlessConfirmedAsync(step, RecordTexts.Fields, RecordTexts.NotRecorded, cancellationToken) is { } notConfirmed)
        {
            return notConfirmed;
        }

        var form = Form(step);
        var draft = new RecordedMeetingDraft
        {
            Kind = form.Kind!.Value,
            StartsAt = form.StartsAt!.Value,
            Place = form.Place,
            Topic = form.Topic,
            Group = form.Kind == MeetingKind.GroupMeeting ? form.GroupName : null,
            Host = form.Host,
            Attendees = form.Attendees ?? [],
            EveryoneAttended = form.EveryoneAttended,
            OnLeave = form.OnLeave,
        };
        var recorded = await recorder.RecordAsync(draft, Recorder(step), cancellationToken);
        if (!recorded.Succeeded)
        {
            await step.DialogContext.SendAsync(recorded.Problem!, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var meeting = recorded.Value!.Meeting;
        var audienceSize = (await audiences.MembersOfAsync(meeting.Audience, cancellationToken)).Count;
        var absent = Math.Max(0, audienceSize - recorded.Value.Attended.Count - recorded.Value.OnLeave.Count);
        await step.DialogContext.SendAsync(RecordTexts.Recorded(presenter.Describe(meeting), recorded.Value, absent), cancellationToken);
        return await step.EndDialogAsync(meeting.Id, cancellationToken);
    }

    /// <summary>Forgets the chosen field and goes back to the start: every step skips what is still known.</summary>
    private static Task<DialogTurnResult> ChangeField(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = Form(step);
        form = ((FoundChoice)step.Result!).Value switch
        {
            MeetingTexts.FieldKind => form with { Kind = null, GroupName = null },
            MeetingTexts.FieldTime => form with { StartsAt = null, DateWithoutTime = null, TimeProblem = null },
            MeetingTexts.FieldTopic => form with { Topic = null, TopicAsked = false },
            _ => form with { Attendees = null, EveryoneAttended = false, OnLeave = [] },
        };
        Save(step, form);
        return step.GoToStepAsync(KindStep, null, cancellationToken);
    }
}
