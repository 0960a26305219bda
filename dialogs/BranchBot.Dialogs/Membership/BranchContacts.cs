using BranchBot.Core.Membership;

namespace BranchBot.Dialogs.Membership;

/// <summary>
/// Who a member turns to: the branch's committee by office (书记, 副书记, 支委) and the leader of the member's own 党小组.
/// Shown with 我的信息, so that "我们书记是谁" or "党小组长是谁" is answered with names rather than with the rules on
/// how those offices are filled.
/// </summary>
internal sealed record BranchContacts(IReadOnlyList<(MemberRole Role, IReadOnlyList<string> Names)> Committee, IReadOnlyList<string> GroupLeaders)
{
    private static readonly MemberRole[] Offices = [MemberRole.Secretary, MemberRole.DeputySecretary, MemberRole.Committee];

    public static BranchContacts Of(Member member, IReadOnlyList<Member> members)
    {
        var active = members.Where(m => m.IsActive).ToList();
        var committee = Offices
            .Select(role => (Role: role, Names: (IReadOnlyList<string>)[.. active.Where(m => m.Role == role).Select(m => m.Name)]))
            .Where(office => office.Names.Count > 0)
            .ToList();
        IReadOnlyList<string> leaders = member.GroupId is null
            ? []
            : [.. active.Where(m => m.Role == MemberRole.GroupLeader && m.GroupId == member.GroupId).Select(m => m.Name)];
        return new BranchContacts(committee, leaders);
    }
}
