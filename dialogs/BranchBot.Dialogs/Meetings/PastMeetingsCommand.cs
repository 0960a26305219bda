using System.Text;
using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// 往期会议 [序号 | 会议类型 | 上次…]: the sender's meetings of the last year that have started, with their own attendance
/// and the 会议记录 — what a member who missed one needs for 补学, and "上次党课讲的啥".
/// </summary>
public sealed partial class PastMeetingsCommand(MeetingService meetings, IMeetingStore store, MeetingPresenter presenter) : IChatCommand
{
    private const int Shown = 8;
    private const int NumberButtons = 3;

    public IReadOnlyList<string> Keywords { get; } = ["往期会议", "会议回顾", "历史会议"];

    public CommandAudience Audience => CommandAudience.Members;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, "往期会议", "往期会议 [序号/会议类型]", "查看你近一年已召开的会议、出席情况和会议记录（补学用）", Order: 51)
    {
        Example = "往期会议 党课",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var member = turn.Sender.Member!;
        var mine = await HeldForAsync(member, cancellationToken);
        if (mine.Count == 0)
        {
            await turn.SendAsync(PastMeetingsTexts.NoneHeld, cancellationToken);
            return;
        }

        var request = Read(arguments, DateOnly.FromDateTime(presenter.Clock.Now.DateTime));
        IReadOnlyList<PastMeeting> chosen = [.. mine.Where(m => (request.Kind is not { } kind || m.Meeting.Kind == kind) && (!request.Missed || m.Missed))];
        if (chosen.Count == 0)
        {
            await turn.SendAsync(request.Kind is { } kind ? PastMeetingsTexts.NoneOfKind(MeetingKinds.ToChinese(kind), request.Missed) : PastMeetingsTexts.NoneMissed, cancellationToken);
            return;
        }

        if (request.Day is { } day)
        {
            var onDay = chosen.Where(m => DateOnly.FromDateTime(presenter.Clock.ToLocal(m.Meeting.StartsAt).DateTime) == day).ToList();
            if (onDay.Count == 0)
            {
                await SendListAsync(turn, chosen, request with { Day = null }, PastMeetingsTexts.NoneOnDay(day), cancellationToken);
                return;
            }

            chosen = onDay;
        }

        if (request.Number is { } number)
        {
            if (number >= 1 && number <= chosen.Count)
            {
                await turn.SendAsync(Detail(chosen[number - 1]), cancellationToken);
                return;
            }

            await SendListAsync(turn, chosen, request, PastMeetingsTexts.NoSuchNumber(number, chosen.Count), cancellationToken);
            return;
        }

        if ((chosen.Count == 1 && (request.Day is not null || request.Kind is not null)) || request.Latest || request.Missed)
        {
            await turn.SendAsync(Detail(chosen[0]), cancellationToken);
            return;
        }

        await SendListAsync(turn, chosen, request, request.Unread is { } unread ? PastMeetingsTexts.Unread(unread) : string.Empty, cancellationToken);
    }

    /// <summary>Meetings of the last year that have started, latest first, that were the member's or hold their record.</summary>
    private async Task<IReadOnlyList<PastMeeting>> HeldForAsync(Member member, CancellationToken cancellationToken)
    {
        var recent = await meetings.ListRecentAsync(int.MaxValue, cancellationToken);
        var mine = new List<PastMeeting>();
        foreach (var meeting in recent)
        {
            var record = await store.GetAttendanceAsync(meeting.Id, member.Id, cancellationToken);
            // A meeting held before the member was on the roster is no absence of theirs, unless the committee recorded it
            // afterwards (补录 states who attended, and everyone else it was for was absent).
            var theirs = MeetingAudienceResolver.Includes(meeting.Audience, member) && (meeting.RecordedAfterwards || meeting.StartsAt >= member.CreatedAt);
            if (record is not null || theirs)
            {
                mine.Add(new PastMeeting(meeting, record?.Status, meeting.EndsAt > presenter.Clock.UtcNow));
            }
        }

        return mine;
    }

    /// <summary>The list of <paramref name="chosen"/>; its numbers count within what the request chose, so its buttons repeat the choice.</summary>
    private async Task SendListAsync(BotTurn turn, IReadOnlyList<PastMeeting> chosen, PastMeetingsRequest request, string lead, CancellationToken cancellationToken)
    {
        var ended = chosen.Where(m => !m.UnderWay).ToList();
        var scope = (request.Day is { } day ? $"{day.Month}月{day.Day}日" : "近一年")
            + "你应参加" + (request.Missed ? "而没有签到" : string.Empty) + "的" + (request.Kind is { } kind ? MeetingKinds.ToChinese(kind) : "会议");
        var text = new StringBuilder(lead).Append(PastMeetingsTexts.Tally(
            scope,
            ended.Count,
            ended.Count(m => m.Status == AttendanceStatus.CheckedIn),
            ended.Count(m => m.Status == AttendanceStatus.LeaveApproved),
            ended.Count(m => m.Status is not AttendanceStatus.CheckedIn and not AttendanceStatus.LeaveApproved)));
        var shown = chosen.Take(Shown).ToList();
        text.Append('\n').Append(PastMeetingsTexts.ListHeader(shown.Count, chosen.Count));
        for (var i = 0; i < shown.Count; i++)
        {
            var past = shown[i];
            text.Append('\n').Append(i + 1).Append(". ").Append(presenter.Describe(past.Meeting))
                .Append(" · ").Append(PastMeetingsTexts.Status(past.Status, past.UnderWay))
                .Append(" · ").Append(PastMeetingsTexts.MinutesPreview(past.Meeting.Minutes));
        }

        var choice = (request.Kind is { } k ? " " + MeetingKinds.ToChinese(k) : string.Empty)
            + (request.Day is { } d ? $" {d.Month}月{d.Day}日" : string.Empty)
            + (request.Missed ? " " + PastMeetingWords.MissedWord : string.Empty);
        text.Append('\n').Append(PastMeetingsTexts.ListFooter(Keywords[0] + " 1" + choice));
        await turn.SendWithButtonsAsync(text.ToString(), [.. shown.Take(NumberButtons).Select((_, i) => $"{Keywords[0]} {i + 1}{choice}")], cancellationToken);
    }

    private string Detail(PastMeeting past) => PastMeetingsTexts.Detail(
        presenter.Describe(past.Meeting),
        past.Meeting.Place ?? MeetingTexts.NoPlace,
        PastMeetingsTexts.Status(past.Status, past.UnderWay),
        past.Meeting.Minutes,
        past.Missed);

    private static PastMeetingsRequest Read(string arguments, DateOnly today)
    {
        var (number, rest) = MeetingNumbers.TakeLeading((arguments ?? string.Empty).Trim());
        MeetingKind? kind = null;
        if (MeetingKinds.TryFind(rest, out var found, out var start, out var length))
        {
            kind = found;
            rest = rest.Remove(start, length);
        }

        var unread = Filler().Replace(PastMeetingWords.Without(rest), string.Empty);
        return new PastMeetingsRequest(number, kind, PastMeetingWords.NamesLatest(rest), PastMeetingWords.NamesMissed(rest), PastMeetingWords.Day(rest, today), unread.Length == 0 ? null : unread);
    }

    [GeneratedRegex(@"[\s，,。？?！!]|的|那个|那场|那次|会议|记录|纪要|内容")]
    private static partial Regex Filler();

    /// <summary>One meeting and the member's part in it; missed: over and not signed in to (on leave too: 补学 is for both).</summary>
    private sealed record PastMeeting(Meeting Meeting, AttendanceStatus? Status, bool UnderWay)
    {
        public bool Missed => !UnderWay && Status != AttendanceStatus.CheckedIn;
    }

    private sealed record PastMeetingsRequest(int? Number, MeetingKind? Kind, bool Latest, bool Missed, DateOnly? Day, string? Unread);
}
