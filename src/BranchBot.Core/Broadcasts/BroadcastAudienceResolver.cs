using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;

namespace BranchBot.Core.Broadcasts;

/// <summary>A resolved audience: the wording shown to the author and the active members it names, ordered by name.</summary>
public sealed record ResolvedBroadcastAudience(string Label, IReadOnlyList<Member> Members);

/// <summary>Turns a <see cref="BroadcastAudience"/> into members, reusing meeting attendance and earlier acknowledgements.</summary>
public sealed class BroadcastAudienceResolver(
    IMembershipStore members, MeetingService meetings, AttendanceService attendance, IBroadcastStore broadcasts, BranchClock clock)
{
    public async Task<Outcome<ResolvedBroadcastAudience>> ResolveAsync(BroadcastAudience audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var active = (await members.ListMembersAsync(cancellationToken)).Where(m => m.IsActive).ToList();
        return audience.Kind switch
        {
            BroadcastAudienceKind.Committee => Resolved("支委", active.Where(m => m.IsCommittee)),
            BroadcastAudienceKind.Group => await GroupAsync(audience.GroupName, active, cancellationToken),
            BroadcastAudienceKind.NotCheckedIn => await NotCheckedInAsync(audience.MeetingId, cancellationToken),
            BroadcastAudienceKind.NotAcknowledged => await NotAcknowledgedAsync(audience.BroadcastNumber, active, cancellationToken),
            _ => Resolved("全体党员", active),
        };
    }

    private async Task<Outcome<ResolvedBroadcastAudience>> GroupAsync(string? name, List<Member> active, CancellationToken cancellationToken)
    {
        var groups = await members.ListGroupsAsync(cancellationToken);
        var wanted = name?.Trim() ?? string.Empty;
        var group = groups.FirstOrDefault(g => g.Name == wanted)
            ?? groups.FirstOrDefault(g => wanted.Length > 0 && (g.Name.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(g.Name, StringComparison.Ordinal)));
        if (group is null)
        {
            return groups.Count == 0
                ? "支部还没有党小组。"
                : $"找不到党小组「{wanted}」。现有党小组：{string.Join("、", groups.Select(g => g.Name).Order(StringComparer.Ordinal))}。";
        }

        return Resolved(group.Name, active.Where(m => m.GroupId == group.Id));
    }

    /// <summary>Those expected who neither checked in nor are on approved leave; a pending leave request does not excuse.</summary>
    private async Task<Outcome<ResolvedBroadcastAudience>> NotCheckedInAsync(string? meetingId, CancellationToken cancellationToken)
    {
        var meeting = meetingId is null ? null : await meetings.FindByIdAsync(meetingId, cancellationToken);
        if (meeting is null || meeting.IsCancelled)
        {
            return "找不到这次会议（可能已取消）。";
        }

        if (meeting.StartsAt > clock.UtcNow)
        {
            return $"{MeetingTimeText.Describe(meeting, clock.Zone)}还没有开始，还谈不上未签到。";
        }

        var summary = await attendance.SummarizeAsync(meeting.Id, cancellationToken);
        if (!summary.Succeeded)
        {
            // The meeting was found just above; only its removal in between makes the summary fail.
            return "找不到这次会议（可能已取消）。";
        }

        return Resolved($"{MeetingTimeText.Describe(meeting, clock.Zone)}未签到人员", [.. summary.Value!.Absent, .. summary.Value.LeavePending]);
    }

    private async Task<Outcome<ResolvedBroadcastAudience>> NotAcknowledgedAsync(int? number, List<Member> active, CancellationToken cancellationToken)
    {
        var earlier = number is { } n ? await broadcasts.GetAsync(n, cancellationToken) : null;
        if (earlier is null)
        {
            return number is null ? "请指明是哪一条广播的未回执人员。" : $"找不到广播{number}。";
        }

        if (!earlier.RequiresAcknowledgement)
        {
            return $"广播{earlier.Number}没有要求回执，无法按未回执人员发送。";
        }

        var acknowledged = (await broadcasts.ListAcknowledgementsAsync(earlier.Number, cancellationToken)).Select(a => a.MemberId).ToHashSet(StringComparer.Ordinal);
        var recipients = earlier.RecipientIds.ToHashSet(StringComparer.Ordinal);
        return Resolved($"广播{earlier.Number}未回执人员", active.Where(m => recipients.Contains(m.Id) && !acknowledged.Contains(m.Id)));
    }

    private static Outcome<ResolvedBroadcastAudience> Resolved(string label, IEnumerable<Member> chosen) =>
        Outcome<ResolvedBroadcastAudience>.Ok(new ResolvedBroadcastAudience(label, [.. chosen.OrderBy(m => m.Name, StringComparer.Ordinal)]));
}
