using BranchBot.Core.Membership;

namespace BranchBot.Core.Talks;

/// <summary>
/// Who may read private talk content: the author, the other participant and the branch secretary. The viewer is
/// looked up again so a removed member or a stale object cannot read anything.
/// </summary>
internal static class TalkAccess
{
    public static async Task<Member?> CurrentAsync(IMembershipStore members, Member viewer, CancellationToken cancellationToken)
    {
        var current = await members.GetMemberAsync(viewer.Id, cancellationToken);
        return current is { IsActive: true } ? current : null;
    }

    public static bool IsSecretary(Member? member) => member is { IsActive: true, Role: MemberRole.Secretary };

    public static DateOnly Today(Time.BranchClock clock) => DateOnly.FromDateTime(clock.Now.DateTime);
}
