using BranchBot.Core.Membership;

namespace BranchBot.Core.Meetings;

/// <summary>Who may arrange which meeting, and whose meeting it is: shared by single meetings and recurring plans.</summary>
internal sealed class MeetingArrangement(IMembershipStore members)
{
    public const string NotAllowed = "只有书记、副书记和支委可以安排、修改或取消会议；党小组长可以安排本小组的党小组会。";

    /// <summary>Committee members arrange anything; a 党小组长 arranges their own group's 党小组会.</summary>
    public static bool MayArrange(Member actor, MeetingKind kind, MeetingAudience audience) =>
        actor.IsActive && (actor.IsCommittee
            || (actor.Role == MemberRole.GroupLeader && kind == MeetingKind.GroupMeeting
                && audience.Kind == AudienceKind.Group && audience.GroupId == actor.GroupId));

    /// <summary>The audience asked for (or the kind's default); a group audience names an existing 党小组.</summary>
    public async Task<Outcome<MeetingAudience>> ResolveAudienceAsync(
        MeetingKind kind, AudienceKind? asked, string? group, Member creator, CancellationToken cancellationToken)
    {
        var audienceKind = asked ?? MeetingKinds.DefaultAudience(kind);
        if (audienceKind == AudienceKind.Branch)
        {
            return Outcome<MeetingAudience>.Ok(MeetingAudience.Branch);
        }

        if (audienceKind == AudienceKind.Committee)
        {
            return Outcome<MeetingAudience>.Ok(MeetingAudience.Committee);
        }

        var groups = await members.ListGroupsAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(group))
        {
            var wanted = group.Trim();
            var named = groups.FirstOrDefault(g => g.Id == wanted || string.Equals(g.Name, wanted, StringComparison.OrdinalIgnoreCase));
            return named is null
                ? $"支部中没有名为「{wanted}」的党小组。"
                : Outcome<MeetingAudience>.Ok(MeetingAudience.Group(named.Id));
        }

        var own = groups.FirstOrDefault(g => g.Id == creator.GroupId);
        return own is null
            ? $"{MeetingKinds.ToChinese(kind)}需要指明是哪个党小组，例如「安排 党小组会 明天下午3点 第一党小组」。你本人不在任何党小组中。"
            : Outcome<MeetingAudience>.Ok(MeetingAudience.Group(own.Id));
    }
}
