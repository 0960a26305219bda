using BranchBot.Core.Membership;

namespace BranchBot.Core.Talks;

/// <summary>
/// Who may read private talk content: the author, the other participant and the branch secretary. The viewer is
/// looked up again so a removed member or a stale object cannot read anything.
/// </summary>
internal static class TalkAccess
{
    public const string NotAMember = "只有本支部在册党员才能查看谈心记录。";

    public const string NotAllowed = "谈心内容只有谈话双方和支部书记可以查看，你无权查看这条记录。";

    public const string SecretaryOnly = "只有支部书记可以查看这些内容。";

    public static async Task<Member?> CurrentAsync(IMembershipStore members, Member viewer, CancellationToken cancellationToken)
    {
        var current = await members.GetMemberAsync(viewer.Id, cancellationToken);
        return current is { IsActive: true } ? current : null;
    }

    public static bool IsSecretary(Member? member) => member is { IsActive: true, Role: MemberRole.Secretary };

    public static DateOnly Today(Time.BranchClock clock) => DateOnly.FromDateTime(clock.Now.DateTime);
}
