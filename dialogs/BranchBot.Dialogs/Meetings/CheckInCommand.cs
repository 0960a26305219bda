using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Meetings;

/// <summary>签到 [签到码]: checks the sender in to the meeting whose window is open; asks which when several are.</summary>
public sealed class CheckInCommand(MeetingService meetings, AttendanceService attendance, MeetingPresenter presenter) : IChatCommand, IMeetingChoiceHandler
{
    public IReadOnlyList<string> Keywords { get; } = ["签到"];

    public CommandAudience Audience => CommandAudience.Members;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, "签到", "签到 签到码", "会议开始前后签到（会议设了签到码时带上签到码）", Order: 51)
    {
        Example = "签到 8264",
        ShortcutFor = HelpShortcut.Members,
    };

    public string ChoiceKey => "checkin";

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var code = arguments.Trim().Length == 0 ? null : arguments.Trim();
        var open = await meetings.FindCheckInCandidatesAsync(turn.Sender.Member!, cancellationToken);
        if (code is null && open.Count > 1)
        {
            await turn.BeginDialogAsync(
                ChooseMeetingDialog.DialogId,
                new ChooseMeetingDialog.Request(MeetingTexts.AskWhichCheckIn, [.. open.Select(m => m.Id)], MeetingNumbers.Labels(open.Select(presenter.Describe)), ChoiceKey),
                cancellationToken);
            return;
        }

        await CheckInAsync(turn, code, null, cancellationToken);
    }

    public Task ContinueAsync(BotTurn turn, string meetingId, string? payload, CancellationToken cancellationToken) =>
        CheckInAsync(turn, payload, meetingId, cancellationToken);

    private async Task CheckInAsync(BotTurn turn, string? code, string? meetingId, CancellationToken cancellationToken)
    {
        var result = await attendance.CheckInAsync(turn.Sender.Member!, code, meetingId, cancellationToken);
        if (!result.Succeeded)
        {
            await turn.SendAsync(result.Problem!, cancellationToken);
            return;
        }

        var checkedIn = result.Value!;
        var described = presenter.Describe(checkedIn.Meeting);
        await turn.SendAsync(
            checkedIn.AlreadyCheckedIn ? MeetingTexts.AlreadyCheckedIn(described, presenter.When(checkedIn.Record.At)) : MeetingTexts.CheckedIn(described),
            cancellationToken);
    }
}
