using BranchBot.Core.Meetings;
using BranchBot.Core.Meetings.Focus;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Core.Time;

namespace BranchBot.Dialogs.Meetings;

/// <summary>Tells a meeting's audience about it (new, changed, cancelled) and says who was reached.</summary>
public sealed class MeetingAnnouncer(IMemberNotifier notifier, MeetingAudienceResolver audiences, IMembershipStore members, MeetingFocusStore focus, BranchClock clock)
{
    /// <summary>
    /// Tells the audience of a meeting just arranged or changed, as <see cref="AnnounceAsync"/>, and puts the meeting in
    /// focus for everyone told (until it starts) and for the person who made the change (as a reply), so "这个会我请个假"
    /// or "那个会改到晚上八点" said next is about it (<see cref="MeetingFocus"/>).
    /// </summary>
    public async Task<Announcement> AnnounceMeetingAsync(Meeting meeting, Notification notification, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(actor);
        var announcement = await AnnounceAsync(meeting.Audience, notification, actor, cancellationToken);
        var now = clock.UtcNow;
        await focus.SetForAsync(announcement.Reached.Concat(announcement.Unreached).Select(m => m.Id), MeetingFocus.Noticed(meeting, now), cancellationToken);
        await focus.SetAsync(actor.Id, MeetingFocus.Replied([meeting], now), cancellationToken);
        return announcement;
    }

    /// <summary>
    /// Tells the audience of a meeting just cancelled, as <see cref="AnnounceAsync"/>, and puts it in focus for everyone
    /// told and for the person who cancelled it, so "那个会还开吗" said next is answered "已取消"
    /// (<see cref="CancelledMeetingInFocusHandler"/>) rather than about another meeting shown earlier.
    /// </summary>
    public async Task<Announcement> AnnounceCancellationAsync(Meeting meeting, Notification notification, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(actor);
        var announcement = await AnnounceAsync(meeting.Audience, notification, actor, cancellationToken);
        var now = clock.UtcNow;
        await focus.SetForAsync(announcement.Reached.Concat(announcement.Unreached).Select(m => m.Id), MeetingFocus.Noticed(meeting, now), cancellationToken);
        await focus.SetAsync(actor.Id, MeetingFocus.Replied([meeting], now), cancellationToken);
        return announcement;
    }

    /// <summary>Notifies the audience, leaving out the person who made the change (they see the reply).</summary>
    public async Task<Announcement> AnnounceAsync(MeetingAudience audience, Notification notification, Member? actor, CancellationToken cancellationToken)
    {
        var recipients = (await audiences.MembersOfAsync(audience, cancellationToken)).Where(m => m.Id != actor?.Id).ToList();
        return await SendAsync(recipients, notification, cancellationToken);
    }

    /// <summary>Notifies the 书记 and 副书记 (a leave request, for example).</summary>
    public async Task<Announcement> NotifyLeadersAsync(Notification notification, CancellationToken cancellationToken)
    {
        var leaders = await BranchOfficers.ListAsync(members, OfficerRule.SecretaryAndDeputies, cancellationToken);
        return await SendAsync(leaders, notification, cancellationToken);
    }

    public async Task<Announcement> NotifyAsync(Member member, Notification notification, CancellationToken cancellationToken) =>
        await SendAsync([member], notification, cancellationToken);

    private async Task<Announcement> SendAsync(IReadOnlyList<Member> recipients, Notification notification, CancellationToken cancellationToken)
    {
        if (recipients.Count == 0)
        {
            return new Announcement([], []);
        }

        var result = await notifier.NotifyAsync(recipients, notification, cancellationToken);
        var unreached = result.Unreached.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        return new Announcement([.. recipients.Where(m => !unreached.Contains(m.Id))], result.Unreached);
    }
}

/// <summary>Who a notification reached, and who could not be reached (not joined from chat yet, or the send failed).</summary>
public sealed record Announcement(IReadOnlyList<Member> Reached, IReadOnlyList<Member> Unreached);
