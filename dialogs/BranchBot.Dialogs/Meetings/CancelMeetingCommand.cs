using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Meetings;

/// <summary>取消会议 [序号]: lists the upcoming meetings when none is named, confirms, cancels and tells the audience.</summary>
public sealed class CancelMeetingCommand(UpcomingMeetingChooser chooser) : IChatCommand, IMeetingChoiceHandler
{
    public IReadOnlyList<string> Keywords { get; } = ["取消会议"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, "取消会议", "取消会议 序号", "取消一次尚未召开的会议并通知参会人员", Order: 61)
    {
        Example = "取消会议 1",
    };

    public string ChoiceKey => "cancel";

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await chooser.ChooseAsync(turn, arguments, this, MeetingTexts.AskWhichToCancel, keepRemainder: false, cancellationToken);
    }

    public Task ContinueAsync(BotTurn turn, string meetingId, string? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.BeginDialogAsync(CancelMeetingDialog.DialogId, new CancelMeetingDialog.Request(meetingId), cancellationToken);
    }
}

/// <summary>Confirms the cancellation of one meeting, carries it out and tells its audience.</summary>
public sealed class CancelMeetingDialog : WaterfallDialog
{
    public const string DialogId = "meetings.cancel";

    public sealed record Request(string MeetingId);

    public CancelMeetingDialog(MeetingService meetings, MeetingPresenter presenter, MeetingAnnouncer announcer)
        : base(DialogId, [(step, ct) => ConfirmAsync(meetings, presenter, step, ct), (step, ct) => CancelAsync(meetings, presenter, announcer, step, ct)])
    {
    }

    private static async Task<DialogTurnResult> ConfirmAsync(MeetingService meetings, MeetingPresenter presenter, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var meeting = await meetings.FindByIdAsync(step.GetOptions<Request>()!.MeetingId, cancellationToken);
        if (meeting is null)
        {
            await step.DialogContext.SendAsync(MeetingTexts.MeetingGone, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var options = PromptOptions.Ask(MeetingTexts.ConfirmCancel(presenter.Describe(meeting)));
        options.Choices = [Choice.Of("确认取消", "确认", "是"), Choice.Of("不取消", "否", "保留")];
        return await step.PromptAsync(PromptIds.Choice, options, cancellationToken);
    }

    private static async Task<DialogTurnResult> CancelAsync(
        MeetingService meetings, MeetingPresenter presenter, MeetingAnnouncer announcer, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not FoundChoice { Index: 0 })
        {
            await step.DialogContext.SendAsync(MeetingTexts.KeptMeeting, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var actor = Sender.Of(step.DialogContext).Member!;
        var cancelled = await meetings.CancelAsync(step.GetOptions<Request>()!.MeetingId, actor, cancellationToken);
        if (!cancelled.Succeeded)
        {
            await step.DialogContext.SendAsync(MeetingProblemTexts.Say(cancelled.Problem!, presenter), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var meeting = cancelled.Value!;
        var told = await announcer.AnnounceCancellationAsync(meeting, MeetingNotices.Cancelled(meeting, presenter), actor, cancellationToken);
        await step.DialogContext.SendAsync($"已取消：{presenter.Describe(meeting)}。\n" + MeetingTexts.WhoWasTold(told), cancellationToken);
        return await step.EndDialogAsync(meeting.Id, cancellationToken);
    }
}
