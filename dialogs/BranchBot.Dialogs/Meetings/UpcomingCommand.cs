using System.Text;
using BranchBot.Core.Meetings;
using BranchBot.Core.Meetings.Focus;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// 近期安排: the sender's upcoming meetings with their own status (已签到, 请假已批准, 可签到, …); "近期安排 党课",
/// "近期安排 周五" or "近期安排 下周" shows the meetings of that kind, day or period (<see cref="MeetingPeriod"/>) only. Each line gives the start and the end; with
/// <see cref="EndWord"/> ("近期安排 党课 结束", from "党课几点结束") the answer about one meeting leads with its end and length.
/// An answer about one meeting, or one day's, puts it in focus (<see cref="MeetingFocus"/>), so "那天我去不了" said next is
/// about it.
/// </summary>
public sealed class UpcomingCommand(MeetingService meetings, IMeetingStore store, MeetingPresenter presenter, MeetingFocusStore focus) : IChatCommand
{
    /// <summary>The word after the meeting that asks when it ends or how long it lasts.</summary>
    public const string EndWord = "结束";

    private const int Shown = 10;

    private const int RecentDays = 60;

    /// <summary>How many meetings ahead a week or a month is looked for in: more than a whole list shows.</summary>
    private const int SearchedForPeriod = 100;

    public IReadOnlyList<string> Keywords { get; } = ["近期安排", "近期会议", "会议安排", "我的会议"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, "近期安排", "近期安排", "查看你近期要参加的会议", Order: 50)
    {
        ShortcutFor = HelpShortcut.Everyone,
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var member = turn.Sender.Member!;
        arguments ??= string.Empty;
        var today = DateOnly.FromDateTime(presenter.Clock.Now.DateTime);
        var period = MeetingPeriod.Read(arguments, today);
        if (period is { } namedPeriod)
        {
            arguments = namedPeriod.Remaining;
        }

        var ahead = await meetings.ListUpcomingForAsync(member, period is null ? Shown : SearchedForPeriod, cancellationToken);
        if (ahead.Count == 0)
        {
            await turn.SendAsync(MeetingTexts.NoUpcoming, cancellationToken);
            return;
        }

        var upcoming = ahead.Count > Shown ? [.. ahead.Take(Shown)] : ahead;
        var text = new StringBuilder();
        var listed = upcoming;
        if (period is { Period: var asked })
        {
            listed = WithinPeriod(ahead, asked, arguments, text) ?? upcoming;
        }
        else if (NamedMeeting.Read(arguments, presenter.Clock.Now, presenter.Clock.Zone) is { } read)
        {
            var named = read;
            if (read.ThisWeekPassed is { } passed)
            {
                // "这周五有会吗" on a Sunday: that Friday is over, so the coming one is looked up, and said to be.
                text.Append(MeetingTexts.ThisWeekDayLookedUpNextWeek(passed)).Append('\n');
                named = read.NextWeek();
            }
            else if (RecentlyPast(read, DateOnly.FromDateTime(presenter.Clock.Now.DateTime)) is { } day)
            {
                // "12月2号开什么会" after the 2nd: what was held is in 往期会议; what is ahead follows.
                text.Append(MeetingTexts.DayAlreadyPast(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), presenter.Clock.Now.Offset), presenter.Clock.Now)).Append('\n');
                named = read with { Day = null };
            }

            var matching = named is { Day: null, Kind: null, BranchMeeting: false } ? upcoming : upcoming.Where(m => named.Matches(m, presenter.Clock.Zone)).ToList();
            if (matching.Count == 0)
            {
                // "近期安排 党课" with no 党课 ahead: said plainly, then everything ahead, so the answer is never a bare "no";
                // a day is named by its date ("明天有会吗" → "12月7日（星期一）没有会议。").
                var said = named.Day is { } day && !named.BranchMeeting
                    ? MeetingTexts.NoneOnDay(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), presenter.Clock.Now.Offset), presenter.Clock.Now, named.Kind)
                    : MeetingTexts.NoneNamedAhead(named.Described);
                text.Append(said).Append('\n');
            }
            else
            {
                listed = matching;
            }
        }

        if (listed.Count == 1 && (arguments ?? string.Empty).Contains(EndWord, StringComparison.Ordinal))
        {
            text.Append(MeetingTexts.EndsAt(listed[0], presenter)).Append('\n');
        }

        text.Append(listed == upcoming ? $"你近期有 {upcoming.Count} 次会议：" : $"你{(period is { Period: var within } ? within.Said : "近期")}有 {Described(listed)}：");
        var now = presenter.Clock.UtcNow;
        var (mayCheckIn, mayAskLeave) = (false, false);
        for (var i = 0; i < listed.Count; i++)
        {
            var meeting = listed[i];
            var status = (await store.GetAttendanceAsync(meeting.Id, member.Id, cancellationToken))?.Status;
            var checkingIn = meetings.CheckInWindowOf(meeting).Contains(now);
            mayCheckIn |= checkingIn && status != AttendanceStatus.CheckedIn;
            mayAskLeave |= now < meeting.StartsAt && status is null or AttendanceStatus.LeaveDenied;
            text.Append('\n').Append(i + 1).Append(". ").Append(presenter.WhenFromTo(meeting))
                .Append(' ').Append(MeetingKinds.ToChinese(meeting.Kind))
                .Append(" · 地点：").Append(meeting.Place ?? MeetingTexts.NoPlace)
                .Append(meeting.Topic is { } topic ? " · 主题：" + topic : string.Empty) // an empty topic is no news to a member
                .Append(" · ").Append(MeetingTexts.Status(status, now >= meeting.StartsAt, checkingIn));
        }

        // One meeting, or the meetings of the one day asked about, is what "那天", "这个会" will point back at.
        if (listed.Count == 1 || (listed != upcoming && listed.Select(m => presenter.Clock.ToLocal(m.StartsAt).Date).Distinct().Count() == 1))
        {
            await focus.SetAsync(member.Id, MeetingFocus.Replied(listed, now), cancellationToken);
        }

        string[] buttons = [.. mayCheckIn ? ["签到"] : Array.Empty<string>(), .. mayAskLeave ? ["请假"] : Array.Empty<string>()];
        if (buttons.Length == 0)
        {
            await turn.SendAsync(text.ToString(), cancellationToken);
            return;
        }

        await turn.SendWithButtonsAsync(text.ToString(), buttons, cancellationToken);
    }

    /// <summary>
    /// The meetings of the week or month asked about, of the kind named with it ("下周的党课"); when there are none, that is
    /// said and the whole list follows, so the answer is never a bare "no".
    /// </summary>
    private List<Meeting>? WithinPeriod(IReadOnlyList<Meeting> ahead, MeetingPeriod period, string rest, StringBuilder text)
    {
        var kind = NamedMeeting.Read(rest, presenter.Clock.Now, presenter.Clock.Zone) is { Day: null } named ? named : null;
        var within = ahead.Where(m => period.Contains(m, presenter.Clock.Zone) && (kind is null || kind.Matches(m, presenter.Clock.Zone))).ToList();
        if (within.Count > 0)
        {
            return within;
        }

        text.Append(MeetingTexts.NoneInPeriod(period.Said, kind?.Kind)).Append('\n');
        return null;
    }

    /// <summary>
    /// The day named when it is over: before today, or "12月2号" said on 12-06, which the reader takes for next year's
    /// (a date without a year is never in the past) but which, asked about here, is the one just gone.
    /// </summary>
    private static DateOnly? RecentlyPast(NamedMeeting named, DateOnly today) => named.Day switch
    {
        { } day when day < today => day,
        { } day when !named.Described.Contains('年', StringComparison.Ordinal) && day.AddYears(-1) is var lastYear
            && lastYear < today && lastYear >= today.AddDays(-RecentDays) => lastYear,
        _ => null,
    };

    // "2 次党课", "1 次会议": the kind when all listed share it.
    private static string Described(IReadOnlyList<Meeting> listed) =>
        $"{listed.Count} 次{(listed.Select(m => m.Kind).Distinct().Count() == 1 ? MeetingKinds.ToChinese(listed[0].Kind) : "会议")}";
}
