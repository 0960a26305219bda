using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Forms;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Meetings.Recording;

/// <summary>
/// 补录 one held meeting: asks only for what the line left out (kind, group, a past time, topic, who attended),
/// shows a summary with 确认/修改/取消 and saves on 确认 only. Nobody is notified: the meeting is history.
/// A time or a name the line gave that cannot be used counts as missing: its question says why.
/// </summary>
public sealed class RecordMeetingDialog(
    RecordedMeetingService recorder, MeetingPresenter presenter, IMembershipStore members, MeetingAudienceResolver audiences)
    : FormDialog<RecordForm>(DialogId)
{
    public const string DialogId = "meetings.record";

    public override string DraftName => "补录内容";

    protected override IReadOnlyList<FormField<RecordForm>> Fields => field ??=
    [
        new FormField<RecordForm, FoundChoice>
        {
            Name = "kind",
            Label = MeetingTexts.FieldKind,
            IsMissing = form => form.Kind is null,
            Ask = (_, _) => FieldQuestion<RecordForm>.Choice(RecordTexts.AskKind, MeetingTexts.KindChoices.Select(k => Choice.Of(k))),
            Accept = (form, kind) => MeetingKinds.TryParse(kind.Value, out var chosen)
                ? FieldAnswer<RecordForm>.Accepted(form with { Kind = chosen })
                : FieldAnswer<RecordForm>.Rejected(form, null),
            Clear = form => form with { Kind = null, GroupName = null },
        },
        new FormField<RecordForm, FoundChoice>
        {
            Name = "group",
            AppliesTo = form => form.Kind == MeetingKind.GroupMeeting,
            IsMissingWhen = async (dc, form, ct) =>
                (await presenter.Meetings.ResolveAudienceAsync(MeetingKind.GroupMeeting, null, form.GroupName, Recorder(dc), ct)).Value is null,
            AskWith = (dc, form, _, ct) => GroupQuestion.AskAsync<RecordForm>(dc, presenter, form.GroupName, ct),
            Accept = (form, group) => FieldAnswer<RecordForm>.Accepted(form with { GroupName = group.Value }),
        },
        new FormField<RecordForm, string>
        {
            Name = "time",
            Label = MeetingTexts.FieldTime,
            IsMissing = form => form.StartsAt is not { } start || TimeRefused(start) is not null,
            Ask = (form, problem) =>
            {
                if (form.StartsAt is { } start && TimeRefused(start) is { } refused)
                {
                    return new FieldQuestion<RecordForm>.Revise(form with { StartsAt = null, TimeProblem = refused });
                }

                var question = form.DateWithoutTime is { } date ? RecordTexts.AskTimeOfDay(date) : RecordTexts.AskTime(form.Kind!.Value);
                return FieldQuestion<RecordForm>.Text(new PromptOptions { Prompt = (problem ?? form.TimeProblem) + question });
            },
            Accept = (form, answer) =>
            {
                var read = ReadTime(answer, form);
                if (read.Start is { } start && TimeRefused(start) is { } refused)
                {
                    read = (null, refused, null);
                }

                return read.Start is { } startsAt
                    ? FieldAnswer<RecordForm>.Accepted(form with { StartsAt = startsAt, DateWithoutTime = null, TimeProblem = null })
                    : FieldAnswer<RecordForm>.Rejected(form with { TimeProblem = null, DateWithoutTime = read.Date ?? form.DateWithoutTime }, read.Problem);
            },
            Clear = form => form with { StartsAt = null, DateWithoutTime = null, TimeProblem = null },
        },
        new FormField<RecordForm, string>
        {
            Name = "topic",
            Label = MeetingTexts.FieldTopic,
            IsMissing = form => form.Topic is null && !form.TopicAsked,
            Ask = (_, _) => FieldQuestion<RecordForm>.Text(PromptOptions.Ask(RecordTexts.AskTopic)),
            Accept = (form, topic) => FieldAnswer<RecordForm>.Accepted(form with { Topic = Optional(topic), TopicAsked = true }),
            SkipWords = MeetingTexts.SkipWords,
            Skip = form => form with { Topic = null, TopicAsked = true },
            Clear = form => form with { Topic = null, TopicAsked = false },
        },
        new FormField<RecordForm, string>
        {
            Name = "people",
            Label = RecordTexts.FieldPeople,
            IsMissingWhen = async (_, form, ct) => !form.HasPeople || (await UnknownNamesAsync(form, ct)).Count > 0,
            AskWith = AskPeopleAsync,
            AcceptWith = async (_, form, answer, ct) =>
            {
                var people = RecordRequestParser.ReadPeople(answer);
                form = form with { Attendees = people.Attendees, EveryoneAttended = people.EveryoneAttended, OnLeave = [.. form.OnLeave.Union(people.OnLeave)], PeopleProblem = null };
                var unknown = await UnknownNamesAsync(form, ct);
                return unknown.Count == 0 && form.HasPeople
                    ? FieldAnswer<RecordForm>.Accepted(form)
                    : FieldAnswer<RecordForm>.Rejected(WithoutPeople(form, unknown), unknown.Count > 0 ? RecordTexts.UnknownNames(unknown) : null);
            },
            Clear = form => form with { Attendees = null, EveryoneAttended = false, OnLeave = [] },
        },
    ];

    protected override string NotDoneText => RecordTexts.NotRecorded;

    protected override FormChoices Choices { get; } = new(["确定", "是", "好"], ["更改"]);

    protected override async Task<FormSummary<RecordForm>> SummarizeAsync(DialogContext dc, RecordForm form, CancellationToken cancellationToken)
    {
        var roster = await RosterAsync(cancellationToken);
        var recorderMember = Recorder(dc);
        var audience = (await presenter.Meetings.ResolveAudienceAsync(form.Kind!.Value, null, form.GroupName, recorderMember, cancellationToken)).Value;
        var audienceText = audience is null ? MeetingTexts.NoAudience : await presenter.AudienceAsync(audience, cancellationToken);
        var onLeave = form.OnLeave.Select(name => roster.First(m => m.Name == name)).Distinct().ToList();
        var attended = form.EveryoneAttended
            ? [.. roster.Where(m => audience is not null && MeetingAudienceResolver.Includes(audience, m) && !onLeave.Contains(m))
                .OrderBy(m => m.Name, StringComparer.Ordinal)]
            : form.Attendees!.Select(name => roster.First(m => m.Name == name)).Distinct().ToList();
        var host = form.Host ?? recorderMember.Name;
        var summary = RecordTexts.Summary(form.Kind.Value, presenter.When(form.StartsAt!.Value), form.Place, form.Topic, host, audienceText, attended, onLeave);
        return new FormSummary<RecordForm>.Show(form, summary, SummaryOffer.ConfirmChangeCancel);
    }

    protected override async Task<DialogTurnResult> SubmitAsync(DialogContext dc, RecordForm form, CancellationToken cancellationToken)
    {
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
        var recorded = await recorder.RecordAsync(draft, Recorder(dc), cancellationToken);
        if (!recorded.Succeeded)
        {
            await dc.SendAsync(MeetingProblemTexts.Say(recorded.Problem!, presenter), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var meeting = recorded.Value!.Meeting;
        var audienceSize = (await audiences.MembersOfAsync(meeting.Audience, cancellationToken)).Count;
        var absent = Math.Max(0, audienceSize - recorded.Value.Attended.Count - recorded.Value.OnLeave.Count);
        await dc.SendAsync(RecordTexts.Recorded(presenter.Describe(meeting), recorded.Value, absent), cancellationToken);
        return await dc.EndDialogAsync(meeting.Id, cancellationToken);
    }

    private static Member Recorder(DialogContext dc) => Sender.Of(dc).Member!;

    /// <summary>Names the line gave that are not on the roster are forgotten, and the question says which they were.</summary>
    private async Task<FieldQuestion<RecordForm>> AskPeopleAsync(DialogContext dc, RecordForm form, string? problem, CancellationToken cancellationToken)
    {
        if (form.HasPeople && await UnknownNamesAsync(form, cancellationToken) is { Count: > 0 } unknown)
        {
            return new FieldQuestion<RecordForm>.Revise(WithoutPeople(form, unknown) with { PeopleProblem = RecordTexts.UnknownNames(unknown) });
        }

        var audience = (await presenter.Meetings.ResolveAudienceAsync(form.Kind!.Value, null, form.GroupName, Recorder(dc), cancellationToken)).Value;
        var audienceText = audience is null ? MeetingTexts.NoAudience : await presenter.AudienceAsync(audience, cancellationToken);
        var prompt = (problem ?? form.PeopleProblem) + RecordTexts.AskPeople(audienceText);
        return FieldQuestion<RecordForm>.Text(new PromptOptions { Prompt = prompt, Choices = [Choice.Of(RecordTexts.Everyone)] });
    }

    private static RecordForm WithoutPeople(RecordForm form, IReadOnlyList<string> unknown) =>
        form with { Attendees = null, EveryoneAttended = false, OnLeave = [], Host = unknown.Contains(form.Host ?? string.Empty) ? null : form.Host };

    private async Task<IReadOnlyList<string>> UnknownNamesAsync(RecordForm form, CancellationToken cancellationToken)
    {
        var roster = await RosterAsync(cancellationToken);
        var typed = (form.Attendees ?? []).Concat(form.OnLeave).Append(form.Host).OfType<string>();
        return [.. typed.Where(name => roster.All(m => m.Name != name)).Distinct(StringComparer.Ordinal)];
    }

    private async Task<List<Member>> RosterAsync(CancellationToken cancellationToken) =>
        [.. (await members.ListMembersAsync(cancellationToken)).Where(m => m.IsActive)];

    private string? TimeRefused(DateTimeOffset start) =>
        recorder.TimeProblem(start, presenter.Clock.UtcNow) is { } problem ? MeetingProblemTexts.Say(problem, presenter) : null;

    /// <summary>A time alone answering "10月15日几点？" falls on that day; a day alone keeps asking for the time.</summary>
    private (DateTimeOffset? Start, string? Problem, DateOnly? Date) ReadTime(string answer, RecordForm form)
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

    private static string? Optional(string answer)
    {
        var text = TextNormalizer.StripTrailingPunctuation(answer);
        return text.Length == 0 || MeetingTexts.SkipWords.Contains(text) ? null : text;
    }
}
