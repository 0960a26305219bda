using BranchBot.Core.Calendar;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using Microsoft.Extensions.Options;

namespace BranchBot.Calendar;

/// <summary>The .ics feed behind a member's private link: the meetings meant for them, from 90 days ago onward.</summary>
public sealed class MemberCalendarFeed(
    CalendarLinkService links,
    IMeetingStore meetings,
    IMembershipStore members,
    BranchClock clock,
    IOptions<MeetingOptions> meetingOptions)
{
    public static readonly TimeSpan History = TimeSpan.FromDays(90);

    // "Onward" without an end, bounded only because LiteDB cannot compare against DateTime.MaxValue on a server
    // whose zone is ahead of UTC.
    private static readonly TimeSpan Ahead = TimeSpan.FromDays(100 * 366);

    /// <summary>The feed for the token's member; null when the token is unknown, revoked or the member was removed.</summary>
    public async Task<string?> RenderAsync(string? token, CancellationToken cancellationToken)
    {
        var member = await links.FindSubscriberAsync(token, cancellationToken);
        if (member is null)
        {
            return null;
        }

        var now = clock.UtcNow;
        var all = await meetings.ListStartingBetweenAsync(now - History, now + Ahead, cancellationToken);
        var branch = await members.GetBranchAsync(cancellationToken);
        var groups = await members.ListGroupsAsync(cancellationToken);
        var roster = await members.ListMembersAsync(cancellationToken);
        return MeetingCalendar.Write(new MeetingCalendarContent(
            branch?.Name,
            clock.Zone.Id,
            [.. all.Where(m => MeetingAudienceResolver.Includes(m.Audience, member))],
            groups,
            roster.ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal),
            meetingOptions.Value,
            now));
    }
}
