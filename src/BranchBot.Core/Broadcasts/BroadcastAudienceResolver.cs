using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;

namespace BranchBot.Core.Broadcasts;

/// <summary>A resolved audience: the wording shown to the author and the active members it names, ordered by name.</summary>
public sealed record ResolvedBroadcastAudience(string Label, IReadOnlyList<Member> Members);

/// <summary>Turns a <see cref="BroadcastAudience"/> into members, reusing meeting attendance and earlier acknowledgements.</summary>
public sealed class BroadcastAudienceResolver(
    IMembershipStore members, MeetingService meetings, AttendanceService attendance, IBroadcastStore broadcasts, BranchClock clock,
    IBroadcastNotices notices)
{
    public async Task<Outcome<ResolvedBroadcastAudience, BroadcastProblem>> ResolveAsync(BroadcastAudience audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var active = (await members.ListMembersAsync(cancellationToken)).Where(m => m.IsActive).ToList();
        return audience.Kind switch
        {
            BroadcastAudienceKind.Committee => Resolved(BroadcastAudience.Committee, active.Where(m => m.IsCommittee)),
            BroadcastAudienceKind.Secretaries => Resolved(
                BroadcastAudience.Secretaries, active.Where(m => m.Role is MemberRole.Secretary or MemberRole.DeputySecretary)),
            BroadcastAudienceKind.Group => await GroupAsync(audience.GroupName, active, cancellationToken),
            BroadcastAudienceKind.NotCheckedIn => await NotCheckedInAsync(audience, cancellationToken),
            BroadcastAudienceKind.NotAcknowledged => await NotAcknowledgedAsync(audience, active, cancellationToken),
            _ => Resolved(BroadcastAudience.Branch, active),
        };
    }

    private async Task<Outcome<ResolvedBroadcastAudience, BroadcastProblem>> GroupAsync(string? name, List<Member> active, CancellationToken cancellationToken)
    {
        var groups = await members.ListGroupsAsync(cancellationToken);
        var wanted = name?.Trim() ?? string.Empty;
        var group = groups.FirstOrDefault(g => g.Name == wanted)
            ?? groups.FirstOrDefault(g => wanted.Length > 0 && (g.Name.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(g.Name, StringComparison.Ordinal)));
        if (group is null)
        {
            return groups.Count == 0
                ? new BroadcastProblem.NoGroups()
                : new BroadcastProblem.GroupNotFound(wanted, [.. groups.Select(g => g.Name).Order(StringComparer.Ordinal)]);
        }

        return Resolved(BroadcastAudience.Group(group.Name), active.Where(m => m.GroupId == group.Id));
    }

    /// <summary>Those expected who neither checked in nor are on approved leave; a pending leave request does not excuse.</summary>
    private async Task<Outcome<ResolvedBroadcastAudience, BroadcastProblem>> NotCheckedInAsync(BroadcastAudience audience, CancellationToken cancellationToken)
    {
        var meeting = audience.MeetingId is { } meetingId ? await meetings.FindByIdAsync(meetingId, cancellationToken) : null;
        if (meeting is null || meeting.IsCancelled)
        {
            return new BroadcastProblem.MeetingNotFound();
        }

        if (meeting.StartsAt > clock.UtcNow)
        {
            return new BroadcastProblem.MeetingNotStarted(meeting);
        }

        var summary = await attendance.SummarizeAsync(meeting.Id, cancellationToken);
        if (!summary.Succeeded)
        {
            // Found a moment ago: it can only have been deleted in between.
            return new BroadcastProblem.MeetingNotFound();
        }

        return Resolved(audience, [.. summary.Value!.Absent, .. summary.Value.LeavePending], meeting);
    }

    private async Task<Outcome<ResolvedBroadcastAudience, BroadcastProblem>> NotAcknowledgedAsync(
        BroadcastAudience audience, List<Member> active, CancellationToken cancellationToken)
    {
        var number = audience.BroadcastNumber;
        var earlier = number is { } n ? await broadcasts.GetAsync(n, cancellationToken) : null;
        if (earlier is null)
        {
            return number is { } missing ? new BroadcastProblem.EarlierNotFound(missing) : new BroadcastProblem.EarlierNotNamed();
        }

        if (!earlier.RequiresAcknowledgement)
        {
            return new BroadcastProblem.EarlierAskedNoAcknowledgement(earlier.Number);
        }

        var acknowledged = (await broadcasts.ListAcknowledgementsAsync(earlier.Number, cancellationToken)).Select(a => a.MemberId).ToHashSet(StringComparer.Ordinal);
        var recipients = earlier.RecipientIds.ToHashSet(StringComparer.Ordinal);
        return Resolved(
            BroadcastAudience.NotAcknowledged(earlier.Number), active.Where(m => recipients.Contains(m.Id) && !acknowledged.Contains(m.Id)));
    }

    private Outcome<ResolvedBroadcastAudience, BroadcastProblem> Resolved(BroadcastAudience audience, IEnumerable<Member> chosen, Meeting? meeting = null) =>
        Outcome<ResolvedBroadcastAudience, BroadcastProblem>.Ok(
            new ResolvedBroadcastAudience(notices.AudienceLabel(audience, meeting), [.. chosen.OrderBy(m => m.Name, StringComparer.Ordinal)]));
}
