using BranchBot.Core.Membership;

namespace BranchBot.Core.Meetings;

/// <summary>Who may arrange which meeting, and whose meeting it is: shared by single meetings and recurring plans.</summary>
internal sealed class MeetingArrangement(IMembershipStore members)
{
    /// <summary>Committee members arrange anything; a 党小组长 arranges their own group's 党小组会.</summary>
    public static bool MayArrange(Member actor, MeetingKind kind, MeetingAudience audience) =>
        actor.IsActive && (actor.IsCommittee
            || (actor.Role == MemberRole.GroupLeader && kind == MeetingKind.GroupMeeting
                && audience.Kind == AudienceKind.Group && audience.GroupId == actor.GroupId));

    /// <summary>The audience asked for (or the kind's default); a group audience names an existing 党小组.</summary>
    public async Task<Outcome<MeetingAudience, MeetingProblem>> ResolveAudienceAsync(
        MeetingKind kind, AudienceKind? asked, string? group, Member creator, CancellationToken cancellationToken)
    {
        var audienceKind = asked ?? MeetingKinds.DefaultAudience(kind);
        if (audienceKind == AudienceKind.Branch)
        {
            return Outcome<MeetingAudience, MeetingProblem>.Ok(MeetingAudience.Branch);
        }

        if (audienceKind == AudienceKind.Committee)
        {
            return Outcome<MeetingAudience, MeetingProblem>.Ok(MeetingAudience.Committee);
        }

        var groups = await members.ListGroupsAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(group))
        {
            var wanted = group.Trim();
            var named = groups.FirstOrDefault(g => g.Id == wanted || string.Equals(g.Name, wanted, StringComparison.OrdinalIgnoreCase));
            return named is null
                ? new MeetingProblem.GroupNotFound(wanted)
                : Outcome<MeetingAudience, MeetingProblem>.Ok(MeetingAudience.Group(named.Id));
        }

        var own = groups.FirstOrDefault(g => g.Id == creator.GroupId);
        return own is null
            ? new MeetingProblem.GroupNeeded(kind)
            : Outcome<MeetingAudience, MeetingProblem>.Ok(MeetingAudience.Group(own.Id));
    }
}
