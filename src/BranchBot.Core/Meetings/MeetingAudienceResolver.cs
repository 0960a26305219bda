using BranchBot.Core.Membership;

namespace BranchBot.Core.Meetings;

/// <summary>The active members a meeting is for.</summary>
public sealed class MeetingAudienceResolver(IMembershipStore members)
{
    public async Task<IReadOnlyList<Member>> MembersOfAsync(MeetingAudience audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var all = await members.ListMembersAsync(cancellationToken);
        return [.. all.Where(m => Includes(audience, m))];
    }

    public static bool Includes(MeetingAudience audience, Member member)
    {
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(member);
        return member.IsActive && audience.Kind switch
        {
            AudienceKind.Committee => member.IsCommittee,
            AudienceKind.Group => member.GroupId == audience.GroupId,
            _ => true,
        };
    }
}
