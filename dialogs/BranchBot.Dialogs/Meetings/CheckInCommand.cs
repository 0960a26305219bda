using BranchBot.Core.Meetings;
using BranchBot.Core.Meetings.Focus;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// 签到 [会议] [签到码]: checks the sender in to the meeting whose window is open; when several are, to the one in the
/// member's focus (just reminded of or shown, <see cref="MeetingFocus"/>), else asks which, leaving out those already
/// signed in to. A meeting kind after 签到 ("签到 党课") names the meeting, never the code.
/// </summary>
public sealed class CheckInCommand(MeetingService meetings, AttendanceService attendance, MeetingPresenter presenter, MeetingFocusStore focus) : IChatCommand, IMeetingChoiceHandler, IWriteProbe
{
    public IReadOnlyList<string> Keywords { get; } = ["签到"];

    public CommandAudience Audience => CommandAudience.Members;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, "签到", "签到 签到码", "会议开始前后签到（会议设了签到码时带上签到码）", Order: 51)
    {
        Example = "签到 8264",
        ShortcutFor = HelpShortcut.Members,
    };

    /// <summary>How long before a meeting's start a focus on it still tells which open meeting 签到 means.</summary>
    public static readonly TimeSpan FocusNearTheStart = TimeSpan.FromHours(2);

    public string ChoiceKey => "checkin";

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var code = arguments.Trim().Length == 0 ? null : arguments.Trim();
        var open = await meetings.FindCheckInCandidatesAsync(turn.Sender.Member!, cancellationToken);
        if (code is not null && NamedMeeting.Read(code, presenter.Clock.Now, presenter.Clock.Zone) is { Kind: not null } named)
        {
            await CheckInToNamedAsync(turn, named, open, cancellationToken);
            return;
        }

        if (code is not null || open.Count <= 1)
        {
            await CheckInAsync(turn, code, null, cancellationToken);
            return;
        }

        // Meetings already signed in to are left out; with one left it is still asked, so that 签到 pressed twice
        // does not sign the member in to the other meeting.
        var records = await attendance.RecordsOfAsync(turn.Sender.Member!, open, cancellationToken);
        var done = open.Where(m => records.ContainsKey(m.Id) && records[m.Id].Status == AttendanceStatus.CheckedIn).ToList();
        var left = open.Except(done).ToList();
        if (left.Count == 0)
        {
            await CheckInAsync(turn, null, open[0].Id, cancellationToken);
            return;
        }

        // Just reminded of (or shown) one of the open meetings: "签个到" is about that one, as "我去不了" would be. Only a
        // focus set around the meeting's time (its reminder, the check-in notice, a reply just now) counts: the notice of
        // its arrangement, days or hours before, says nothing about which of two meetings the member is at.
        if (await focus.GetAsync(turn.Sender.Member!.Id, cancellationToken) is { } inFocus
            && left.Where(m => inFocus.MeetingIds.Contains(m.Id) && inFocus.ShownAt >= m.StartsAt - FocusNearTheStart).ToList() is [var focused])
        {
            await CheckInAsync(turn, null, focused.Id, cancellationToken);
            return;
        }

        var question = left.Count == 1 ? MeetingTexts.AskThisCheckIn : MeetingTexts.AskWhichCheckIn;
        var prompt = done.Count == 0 ? question : MeetingTexts.LeftOut(done.Select(m => (presenter.Describe(m), AttendanceStatus.CheckedIn))) + question;
        await turn.BeginDialogAsync(
            ChooseMeetingDialog.DialogId,
            new ChooseMeetingDialog.Request(prompt, [.. left.Select(m => m.Id)], MeetingNumbers.Labels(left.Select(presenter.Describe)), ChoiceKey),
            cancellationToken);
    }

    /// <summary>
    /// "签到 党课 8264": the open meeting of that kind (and day, when one is named), with what is left as the code; a
    /// named meeting whose window is not open is told when it opens or closed, never swapped for another open one.
    /// </summary>
    private async Task CheckInToNamedAsync(BotTurn turn, NamedMeeting named, IReadOnlyList<Meeting> open, CancellationToken cancellationToken)
    {
        var code = named.WithoutKindAndDay.Length == 0 ? null : named.WithoutKindAndDay;
        var zone = presenter.Clock.Zone;
        var matching = open.Where(m => named.Matches(m, zone)).ToList();
        if (matching.Count == 1)
        {
            await CheckInAsync(turn, code, matching[0].Id, cancellationToken);
            return;
        }

        if (matching.Count > 1)
        {
            await turn.BeginDialogAsync(
                ChooseMeetingDialog.DialogId,
                new ChooseMeetingDialog.Request(MeetingTexts.AskWhichCheckIn, [.. matching.Select(m => m.Id)], MeetingNumbers.Labels(matching.Select(presenter.Describe)), ChoiceKey, code),
                cancellationToken);
            return;
        }

        var ahead = await meetings.ListUpcomingForAsync(turn.Sender.Member!, 5, cancellationToken);
        if (ahead.FirstOrDefault(m => named.Matches(m, zone)) is { } later)
        {
            await CheckInAsync(turn, code, later.Id, cancellationToken);
            return;
        }

        await turn.SendAsync(MeetingTexts.NoNamedCheckIn(named.Described, open.Count > 0), cancellationToken);
    }

    /// <summary>Only a meeting of the sender's that is open for check-in and not yet signed in to can be written.</summary>
    public async Task<bool> WouldWriteAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var open = await meetings.FindCheckInCandidatesAsync(turn.Sender.Member!, cancellationToken);
        if (open.Count == 0)
        {
            return false;
        }

        var records = await attendance.RecordsOfAsync(turn.Sender.Member!, open, cancellationToken);
        return open.Any(m => !records.TryGetValue(m.Id, out var record) || record.Status != AttendanceStatus.CheckedIn);
    }

    public Task ContinueAsync(BotTurn turn, string meetingId, string? payload, CancellationToken cancellationToken) =>
        CheckInAsync(turn, payload, meetingId, cancellationToken);

    private async Task CheckInAsync(BotTurn turn, string? code, string? meetingId, CancellationToken cancellationToken)
    {
        var result = await attendance.CheckInAsync(turn.Sender.Member!, code, meetingId, cancellationToken);
        if (!result.Succeeded)
        {
            await turn.SendAsync(MeetingProblemTexts.Say(result.Problem!, presenter), cancellationToken);
            return;
        }

        var checkedIn = result.Value!;
        var described = presenter.Describe(checkedIn.Meeting);
        await focus.SetAsync(turn.Sender.Member!.Id, MeetingFocus.Replied([checkedIn.Meeting], presenter.Clock.UtcNow), cancellationToken);
        await turn.SendAsync(
            checkedIn.AlreadyCheckedIn ? MeetingTexts.AlreadyCheckedIn(described, presenter.When(checkedIn.Record.At)) : MeetingTexts.CheckedIn(described),
            cancellationToken);
    }
}
