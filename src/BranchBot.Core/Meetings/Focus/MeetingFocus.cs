namespace BranchBot.Core.Meetings.Focus;

/// <summary>
/// The meeting(s) a member was last shown by the bot (a 近期安排 answer about one meeting or one day, a 会议通知 or a
/// reminder, a meeting they arranged or changed, a check-in or leave reply), so that "那天我去不了" or "这个会几点结束"
/// said next is about them. <paramref name="ShownAt"/> is when it was shown, <paramref name="Until"/> when it is
/// forgotten; a later focus replaces it.
/// </summary>
public sealed record MeetingFocus(IReadOnlyList<string> MeetingIds, DateTimeOffset ShownAt, DateTimeOffset Until)
{
    /// <summary>How long a meeting shown in a reply stays in focus.</summary>
    public static readonly TimeSpan AfterReply = TimeSpan.FromHours(2);

    /// <summary>
    /// How long a bare "我去不了" or "请个假", which names nothing, is taken as said about the focus: right after it was
    /// shown only. Words that point back ("那个会", "那天") take it as long as it lasts.
    /// </summary>
    public static readonly TimeSpan RightAfter = TimeSpan.FromMinutes(30);

    /// <summary>Shown in a reply now: kept <see cref="AfterReply"/>.</summary>
    public static MeetingFocus Replied(IEnumerable<Meeting> meetings, DateTimeOffset now) =>
        new([.. Ids(meetings)], now, now + AfterReply);

    /// <summary>
    /// A notice or reminder about the meeting delivered now: kept until the meeting starts, and at least
    /// <see cref="AfterReply"/> (a reminder an hour before still holds while the member answers it).
    /// </summary>
    public static MeetingFocus Noticed(Meeting meeting, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new([meeting.Id], now, meeting.StartsAt > now + AfterReply ? meeting.StartsAt : now + AfterReply) { FromNotice = true };
    }

    /// <summary>
    /// Whether it came from a notice or reminder sent to the member (not a reply to something they did), so that "好的"
    /// or "收到" said next answers that notice.
    /// </summary>
    public bool FromNotice { get; init; }

    /// <summary>Whether words that point back ("那个会", "那天", "它") may still take it.</summary>
    public bool HoldsAt(DateTimeOffset now) => now >= ShownAt && now < Until;

    /// <summary>Whether a sentence that names no meeting at all ("我去不了") may still take it.</summary>
    public bool FreshAt(DateTimeOffset now) => HoldsAt(now) && now - ShownAt <= RightAfter;

    private static IEnumerable<string> Ids(IEnumerable<Meeting> meetings)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        return meetings.Select(m => m.Id).Distinct(StringComparer.Ordinal);
    }
}
