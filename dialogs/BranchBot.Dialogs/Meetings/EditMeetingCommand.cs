using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// 修改会议 [序号] [时间|地点|主题] [新内容]: asks for whatever is not given, confirms, changes the meeting and
/// tells its audience.
/// </summary>
public sealed class EditMeetingCommand(UpcomingMeetingChooser chooser, MeetingService meetings, BranchClock clock) : IChatCommand, IMeetingChoiceHandler
{
    public IReadOnlyList<string> Keywords { get; } = ["修改会议", "更改会议", "调整会议"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, "修改会议", "修改会议 序号 时间/地点/主题 新内容", "修改尚未召开的会议并通知参会人员", Order: 62)
    {
        Example = "修改会议 1 地点 三楼会议室",
    };

    public string ChoiceKey => "edit";

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await chooser.ChooseAsync(turn, arguments, this, MeetingTexts.AskWhichToEdit, keepRemainder: true, cancellationToken);
    }

    public async Task ContinueAsync(BotTurn turn, string meetingId, string? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var meeting = await meetings.FindByIdAsync(meetingId, cancellationToken);
        await turn.BeginDialogAsync(EditMeetingDialog.DialogId, EditMeetingDialog.Request.Read(meetingId, payload, clock, meeting?.StartsAt), cancellationToken);
    }
}

/// <summary>Asks which field and its new value when not given, confirms, updates and tells the audience.</summary>
public sealed partial class EditMeetingDialog : WaterfallDialog
{
    public const string DialogId = "meetings.edit";

    private const string RequestKey = "request";

    public EditMeetingDialog(MeetingService meetings, MeetingPresenter presenter, MeetingAnnouncer announcer)
        : base(DialogId, [
            AskField,
            AskValue,
            (step, ct) => ConfirmAsync(meetings, presenter, step, ct),
            (step, ct) => UpdateAsync(meetings, presenter, announcer, step, ct),
        ])
    {
    }

    /// <summary>What is being changed; <see cref="Field"/> is 时间, 地点 or 主题.</summary>
    public sealed record Request(string MeetingId, string? Field, string? Value, DateTimeOffset? StartsAt, string? Problem)
    {
        /// <summary>The end of a range typed with the new time ("下午2点到4点"); null keeps the meeting's length.</summary>
        public DateTimeOffset? EndsAt { get; init; }

        /// <summary>
        /// "时间 12月3日下午3点", "地点 二楼", or a bare time ("12月3日下午3点"). A time without a day ("下午3点") stays on
        /// the meeting's own day and a day without a time ("12月3日") keeps the meeting's hour, never today's date.
        /// </summary>
        public static Request Read(string meetingId, string? text, BranchClock clock, DateTimeOffset? startsAt = null)
        {
            ArgumentNullException.ThrowIfNull(clock);
            var rest = (text ?? string.Empty).Trim();
            var field = MeetingTexts.EditableFields.FirstOrDefault(f => rest.StartsWith(f, StringComparison.Ordinal));
            var value = (field is null ? rest : rest[field.Length..]).Trim().TrimStart(':', '：').Trim();
            if (value.Length == 0)
            {
                return new Request(meetingId, field, null, null, null);
            }

            if (field is null or MeetingTexts.FieldTime)
            {
                var time = MeetingRequestParser.Parse($"{MeetingKinds.ToChinese(MeetingKind.GeneralMeeting)} {OnMeetingDay(value, clock, startsAt)}", clock.Now, clock.Zone);
                if (time.StartsAt is { } start)
                {
                    // "改成七点半" for a meeting at 19:00 is 19:30: a bare hour is read in the meeting's half of the day.
                    var assumed = ChineseDateTimeRecognizer.Recognize(value, clock.Now, clock.Zone).Value?.PeriodAssumed == true;
                    var moved = startsAt is { } own ? OwnHalfOfDay.Nearer(start, assumed, own, clock.Zone) : start;
                    return new Request(meetingId, MeetingTexts.FieldTime, value, moved, null) { EndsAt = time.EndsAt + (moved - start) };
                }

                if (field is not null || time.TimeIssue != MeetingTimeIssue.Missing)
                {
                    return new Request(meetingId, MeetingTexts.FieldTime, null, null, time.TimeProblem);
                }

                return new Request(meetingId, null, null, null, null);
            }

            return new Request(meetingId, field, value, null, null);
        }

        private static string OnMeetingDay(string value, BranchClock clock, DateTimeOffset? startsAt)
        {
            var read = ChineseDateTimeRecognizer.Recognize(value, clock.Now, clock.Zone);
            if (startsAt is not { } start || !read.Succeeded || read.Start != 0)
            {
                return value;
            }

            var local = TimeZoneInfo.ConvertTime(start, clock.Zone);
            return read.Value!.Parts switch
            {
                DateTimeParts.TimeOnly => $"{local.Year}年{local.Month}月{local.Day}日{value}",
                DateTimeParts.DateOnly => $"{value} {local.Hour}:{local.Minute:00}",
                _ => value,
            };
        }
    }

    private static Request Current(WaterfallStepContext step) => step.Values.Get<Request>(RequestKey) ?? step.GetOptions<Request>()!;

    private static Task<DialogTurnResult> AskField(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = Current(step);
        step.Values.Set(RequestKey, request);
        return request.Field is not null
            ? step.NextAsync(null, cancellationToken)
            : step.PromptAsync(PromptIds.Choice, new PromptOptions { Prompt = MeetingTexts.AskField, Choices = [.. MeetingTexts.EditableFields.Select(f => Choice.Of(f))] }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskValue(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = Current(step);
        if (step.Result is FoundChoice field)
        {
            request = request with { Field = field.Value };
            step.Values.Set(RequestKey, request);
        }

        if (request.Value is not null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        return request.Field == MeetingTexts.FieldTime
            ? step.PromptAsync(PromptIds.DateTime, DateTimePrompt.Ask((request.Problem ?? string.Empty) + MeetingTexts.AskNewTime, mustBeFuture: true, timeRequired: true, range: true), cancellationToken)
            : step.PromptAsync(PromptIds.Text, PromptOptions.Ask(MeetingTexts.AskNewValue(request.Field!)), cancellationToken);
    }

    private static async Task<DialogTurnResult> ConfirmAsync(MeetingService meetings, MeetingPresenter presenter, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = Current(step);
        var meeting = await meetings.FindByIdAsync(request.MeetingId, cancellationToken);
        if (meeting is null)
        {
            await step.DialogContext.SendAsync(MeetingTexts.MeetingGone, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (step.Result is ResolvedDateTime time)
        {
            // "下午2点到4点" answering "改到什么时间": a time without a day stays on the meeting's day; a range sets the end.
            var starts = OnDayOf(meeting, time, presenter);
            request = request with { Value = presenter.When(starts), StartsAt = starts, EndsAt = time.RangeLength is { } length ? starts + length : null };
        }
        else if (step.Result is string text)
        {
            request = request with { Value = text.Trim() };
        }

        step.Values.Set(RequestKey, request);
        var newValue = request.StartsAt is { } start
            ? presenter.When(start) + (request.EndsAt is { } end ? $"–{MeetingTexts.Time(presenter.Clock.ToLocal(end))}" : string.Empty)
            : request.Value!;
        var current = request.Field switch
        {
            MeetingTexts.FieldTime => presenter.When(meeting.StartsAt),
            MeetingTexts.FieldPlace => meeting.Place ?? MeetingTexts.NoPlace,
            _ => meeting.Topic ?? MeetingTexts.NoTopic,
        };
        var options = PromptOptions.Ask(MeetingTexts.ConfirmEdit(presenter.Describe(meeting), request.Field!, current, newValue));
        options.Choices = [Choice.Of(MeetingTexts.Confirm, "确定", "是"), Choice.Of("不修改", "否")];
        return await step.PromptAsync(PromptIds.Choice, options, cancellationToken);
    }

    /// <summary>"不对 推迟一个小时", "不是，改到三点半": a no that goes on to say the time meant; null for a plain no.</summary>
    private static Request? CorrectedTime(string text, Meeting meeting, MeetingPresenter presenter)
    {
        if (Correction().Match(text) is not { Success: true } said)
        {
            return null;
        }

        var rest = said.Groups["rest"].Value.Trim();
        var shift = MeetingTimeShift.Find(rest);
        if (shift.Success)
        {
            return MeetingTimeShift.Apply(presenter.Clock.ToLocal(meeting.StartsAt), shift) is { } moved
                ? new Request(meeting.Id, MeetingTexts.FieldTime, presenter.When(moved), moved, null)
                : null;
        }

        var read = Request.Read(meeting.Id, $"{MeetingTexts.FieldTime} {rest}", presenter.Clock, meeting.StartsAt);
        return read.StartsAt is null ? null : read;
    }

    [GeneratedRegex(@"^(不对|不是|错了|说错了|搞错了)[，,。！!\s]*(是|应该是|改成|改为|改到)?(?<rest>.{2,})$")]
    private static partial Regex Correction();

    private static DateTimeOffset OnDayOf(Meeting meeting, ResolvedDateTime time, MeetingPresenter presenter)
    {
        if (time.Parts != DateTimeParts.TimeOnly || time.Time is not { } clock)
        {
            return time.Value;
        }

        var own = presenter.Clock.ToLocal(meeting.StartsAt);
        var day = DateOnly.FromDateTime(own.DateTime).ToDateTime(OwnHalfOfDay.Nearer(clock, time.PeriodAssumed, TimeOnly.FromDateTime(own.DateTime)));
        return ZonedTime.ToInstant(day, presenter.Clock.Zone);
    }

    private static async Task<DialogTurnResult> UpdateAsync(
        MeetingService meetings, MeetingPresenter presenter, MeetingAnnouncer announcer, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = Current(step);
        if (step.Result is not FoundChoice { Index: 0 })
        {
            if (request.Field == MeetingTexts.FieldTime && await meetings.FindByIdAsync(request.MeetingId, cancellationToken) is { } shown
                && CorrectedTime(step.DialogContext.Text, shown, presenter) is { } corrected)
            {
                // "不对 推迟一个小时" at 确认吗？: the correction, worked out from the meeting's own time, is confirmed afresh.
                return await step.BeginDialogAsync(DialogId, corrected, cancellationToken);
            }

            await step.DialogContext.SendAsync(MeetingTexts.KeptMeeting, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var before = await meetings.FindByIdAsync(request.MeetingId, cancellationToken);
        var change = request.Field switch
        {
            MeetingTexts.FieldTime => new MeetingChange { StartsAt = request.StartsAt, EndsAt = request.EndsAt },
            MeetingTexts.FieldPlace => new MeetingChange { Place = request.Value },
            _ => new MeetingChange { Topic = request.Value },
        };
        var actor = Sender.Of(step.DialogContext).Member!;
        var updated = await meetings.UpdateAsync(request.MeetingId, change, actor, cancellationToken);
        if (!updated.Succeeded || before is null)
        {
            await step.DialogContext.SendAsync(updated.Problem is { } problem ? MeetingProblemTexts.Say(problem, presenter) : MeetingTexts.MeetingGone, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var meeting = updated.Value!;
        var told = await announcer.AnnounceMeetingAsync(meeting, MeetingNotices.Changed(before, meeting, presenter, meetings.CheckInWindowOf(meeting)), actor, cancellationToken);
        await step.DialogContext.SendAsync($"已修改：{presenter.Describe(meeting)}（地点：{meeting.Place ?? MeetingTexts.NoPlace}）。\n" + MeetingTexts.WhoWasTold(told), cancellationToken);
        return await step.EndDialogAsync(meeting.Id, cancellationToken);
    }
}
