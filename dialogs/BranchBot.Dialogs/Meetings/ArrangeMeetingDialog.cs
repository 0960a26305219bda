using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Core.Text;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Forms;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// Arranges one meeting: asks only for what the one-line 安排 left out (kind, group, time, and in a guided dialog
/// place and topic), shows a summary with 确认/修改/取消, and creates the meeting on 确认 only, then tells its audience.
/// </summary>
public sealed class ArrangeMeetingDialog(MeetingService meetings, MeetingPresenter presenter, MeetingAnnouncer announcer) : FormDialog<MeetingForm>(DialogId)
{
    public const string DialogId = "meetings.arrange";

    public override string DraftName => "会议安排";

    protected override IReadOnlyList<FormField<MeetingForm>> Fields => field ??=
    [
        new FormField<MeetingForm, FoundChoice>
        {
            Name = "kind",
            Label = MeetingTexts.FieldKind,
            IsMissing = form => form.Kind is null,
            AskWith = (dc, _, _, _) =>
            {
                var kinds = Sender.Of(dc).Member!.IsCommittee ? MeetingTexts.KindChoices : [MeetingKinds.ToChinese(MeetingKind.GroupMeeting)];
                return Task.FromResult(FieldQuestion<MeetingForm>.Choice(MeetingTexts.AskKind, kinds.Select(k => Choice.Of(k))));
            },
            Accept = (form, kind) => MeetingKinds.TryParse(kind.Value, out var chosen)
                ? FieldAnswer<MeetingForm>.Accepted(form with { Kind = chosen })
                : FieldAnswer<MeetingForm>.Rejected(form, null),
            Clear = form => form with { Kind = null, GroupName = null },
        },
        new FormField<MeetingForm, FoundChoice>
        {
            Name = "group",
            AppliesTo = form => form.Kind == MeetingKind.GroupMeeting,
            IsMissingWhen = async (dc, form, ct) =>
                (await presenter.Meetings.ResolveAudienceAsync(MeetingKind.GroupMeeting, null, form.GroupName, Sender.Of(dc).Member!, ct)).Value is null,
            AskWith = (dc, form, _, ct) => GroupQuestion.AskAsync<MeetingForm>(dc, presenter, form.GroupName, ct),
            Accept = (form, group) => FieldAnswer<MeetingForm>.Accepted(form with { GroupName = group.Value }),
        },
        new FormField<MeetingForm, ResolvedDateTime>
        {
            Name = "time",
            Label = MeetingTexts.FieldTime,
            IsMissing = form => form.StartsAt is null,
            Ask = (form, problem) =>
            {
                var question = form.DateWithoutTime is { } date ? MeetingTexts.AskTimeOfDay(date)
                    : form.TimeWithoutDate is { } time ? MeetingTexts.AskDayOf(form.Kind!.Value, time)
                    : MeetingTexts.AskTime(form.Kind!.Value);
                var prompt = (problem ?? form.TimeProblem) is { } said ? said + question : question;

                // A retry answers what was typed last: the earlier problem ("昨天下午3点已经过去") is not repeated after "2月30日".
                // With the time known only the day is asked, and a day alone ("今天") is an answer; it is checked on Accept.
                return new FieldQuestion<MeetingForm>.Prompt(
                    PromptIds.DateTime,
                    DateTimePrompt.Ask(prompt, mustBeFuture: form.TimeWithoutDate is null, timeRequired: form.TimeWithoutDate is null, retryPrompt: question, range: true));
            },
            AcceptWith = (dc, form, answer, _) => Task.FromResult(TimeAnswerExtras.Add(
                AcceptTime(form, answer), dc.Text, Sender.Of(dc).Member!.IsCommittee, presenter.Clock.UtcNow, presenter.Clock.Zone)),
            Clear = form => form with { StartsAt = null, EndsAt = null, DateWithoutTime = null, TimeWithoutDate = null, LengthWithoutDate = null, TimeProblem = null },
        },
        new FormField<MeetingForm, string>
        {
            Name = "place",
            Label = MeetingTexts.FieldPlace,
            IsMissing = form => form.AskPlace,
            Ask = (_, _) => FieldQuestion<MeetingForm>.Text(PromptOptions.Ask(MeetingTexts.AskPlace)),
            Accept = (form, place) => FieldAnswer<MeetingForm>.Accepted(form with { Place = Optional(place), AskPlace = false }),
            SkipWords = MeetingTexts.SkipWords,
            Skip = form => form with { Place = null, AskPlace = false },
            Clear = form => form with { Place = null, AskPlace = true },
        },
        new FormField<MeetingForm, string>
        {
            Name = "topic",
            Label = MeetingTexts.FieldTopic,
            IsMissing = form => form.AskTopic,
            Ask = (_, _) => FieldQuestion<MeetingForm>.Text(PromptOptions.Ask(MeetingTexts.AskTopic)),
            Accept = (form, topic) => FieldAnswer<MeetingForm>.Accepted(form with { Topic = Optional(topic), AskTopic = false }),
            SkipWords = MeetingTexts.SkipWords,
            Skip = form => form with { Topic = null, AskTopic = false },
            Clear = form => form with { Topic = null, AskTopic = true },
        },
    ];

    private FieldAnswer<MeetingForm> AcceptTime(MeetingForm form, ResolvedDateTime answer)
    {
        if (form.DateWithoutTime is null && form.TimeWithoutDate is null && answer.Parts == DateTimeParts.TimeOnly)
        {
            // "下午3点" answering "什么时候开": the day is asked, not taken as today or tomorrow unsaid.
            return FieldAnswer<MeetingForm>.Accepted(form with { TimeWithoutDate = answer.Time, LengthWithoutDate = answer.RangeLength, TimeProblem = null });
        }

        var start = Combine(form.DateWithoutTime, form.TimeWithoutDate, answer, presenter.Clock.Zone);
        var length = answer.HasTime ? answer.RangeLength : form.LengthWithoutDate;
        return start <= presenter.Clock.UtcNow
            ? FieldAnswer<MeetingForm>.Rejected(form with { TimeProblem = null }, MeetingTexts.TimePast(presenter.When(start)))
            : FieldAnswer<MeetingForm>.Accepted(form with
            {
                StartsAt = start, EndsAt = start + length, DateWithoutTime = null, TimeWithoutDate = null, LengthWithoutDate = null, TimeProblem = null,
            });
    }

    protected override string NotDoneText => MeetingTexts.NotCreated;

    protected override FormChoices Choices { get; } = new(["确定", "是", "好"], ["更改"]);

    protected override async Task<FormSummary<MeetingForm>> SummarizeAsync(DialogContext dc, MeetingForm form, CancellationToken cancellationToken)
    {
        var creator = Sender.Of(dc).Member!;
        var audience = (await presenter.Meetings.ResolveAudienceAsync(form.Kind!.Value, null, form.GroupName, creator, cancellationToken)).Value;
        var audienceText = audience is null ? MeetingTexts.NoAudience : await presenter.AudienceAsync(audience, cancellationToken);
        var summary = MeetingTexts.Summary(
            form.Kind.Value, presenter.Clock.ToLocal(form.StartsAt!.Value), presenter.Clock.Now, form.Place, form.Topic, audienceText, form.CheckInCode,
            form.EndsAt is { } end ? presenter.Clock.ToLocal(end) : null);
        return new FormSummary<MeetingForm>.Show(form with { MeetingId = Meeting.NewId() }, summary, SummaryOffer.ConfirmChangeCancel);
    }

    protected override string? RevisionPattern => $"{MeetingTimeShift.Pattern}|{MeetingFormChange.Pattern}";

    /// <summary>
    /// "党员大会推迟半小时", "提前一小时" under the summary: the start (and a typed end) move by that much and the summary
    /// is shown again with what changed; words naming another kind of meeting, or no shift, are not a change of this one.
    /// A new value ("改到三点", "地点改成五楼", "主题：…") is read by <see cref="MeetingFormChange"/>.
    /// </summary>
    protected override Task<FormRevision<MeetingForm>?> ReviseAsync(DialogContext dc, MeetingForm form, string text, CancellationToken cancellationToken)
    {
        var shift = MeetingTimeShift.Find(TextNormalizer.StripTrailingPunctuation(text));
        if (!shift.Success && MeetingFormChange.Read(text, form, presenter.Clock.UtcNow, presenter.Clock.Zone, presenter.When) is { } change)
        {
            return Task.FromResult<FormRevision<MeetingForm>?>(new FormRevision<MeetingForm>(change.Form, change.Said));
        }

        if (!shift.Success || form.StartsAt is not { } start
            || (MeetingKinds.TryFind(text[..shift.Index], out var named, out _, out _) && named != form.Kind)
            || MeetingTimeShift.Apply(start, shift) is not { } moved)
        {
            return Task.FromResult<FormRevision<MeetingForm>?>(null);
        }

        var revision = moved <= presenter.Clock.UtcNow
            ? new FormRevision<MeetingForm>(form, MeetingTexts.TimePast(presenter.When(moved)))
            : new FormRevision<MeetingForm>(
                form with { StartsAt = moved, EndsAt = form.EndsAt + (moved - start) },
                MeetingTexts.TimeRevised(presenter.When(start), presenter.When(moved)));
        return Task.FromResult<FormRevision<MeetingForm>?>(revision);
    }

    protected override async Task<DialogTurnResult> SubmitAsync(DialogContext dc, MeetingForm form, CancellationToken cancellationToken)
    {
        if (form.MeetingId is { } id && await meetings.FindByIdAsync(id, cancellationToken) is { } made)
        {
            await dc.SendAsync(MeetingTexts.AlreadyCreated(presenter.Describe(made)), cancellationToken);
            return await dc.EndDialogAsync(made.Id, cancellationToken);
        }

        var creator = Sender.Of(dc).Member!;
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
            await dc.SendAsync(MeetingProblemTexts.Say(created.Problem!, presenter), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var meeting = created.Value!;
        var announcement = await announcer.AnnounceMeetingAsync(meeting, MeetingNotices.Arranged(meeting, presenter, meetings.CheckInWindowOf(meeting)), creator, cancellationToken);
        await dc.SendAsync(MeetingTexts.Created(presenter.Describe(meeting), announcement), cancellationToken);
        return await dc.EndDialogAsync(meeting.Id, cancellationToken);
    }

    private static string? Optional(string answer)
    {
        var text = VisibleText.FoldFullWidthAlphanumerics(TextNormalizer.StripTrailingPunctuation(answer));
        return text.Length == 0 || MeetingTexts.SkipWords.Contains(text) ? null : text;
    }

    /// <summary>
    /// A time alone answering "12月1日几点？" falls on that day, a day alone answering "哪一天的16:00？" at that time;
    /// anything with a day and a time of its own stands.
    /// </summary>
    private static DateTimeOffset Combine(DateOnly? date, TimeOnly? time, ResolvedDateTime answer, TimeZoneInfo zone)
    {
        DateTime local;
        if (date is { } day && answer.Parts == DateTimeParts.TimeOnly && answer.Time is { } typedTime)
        {
            local = day.ToDateTime(typedTime);
        }
        else if (time is { } known && !answer.HasTime)
        {
            local = answer.Date.ToDateTime(known);
        }
        else
        {
            return answer.Value;
        }

        return ZonedTime.ToInstant(local, zone);
    }
}
