using BranchBot.Core.Membership;

namespace BranchBot.Core.Talks;

/// <summary>Orders members by office (书记 first), then name, then id, so lists and plans are deterministic.</summary>
public sealed class MemberOrder : IComparer<Member>
{
    public static MemberOrder Instance { get; } = new();

    public int Compare(Member? x, Member? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byRole = x.Role.CompareTo(y.Role);
        if (byRole != 0)
        {
            return byRole;
        }

        var byName = string.CompareOrdinal(x.Name, y.Name);
        return byName != 0 ? byName : string.CompareOrdinal(x.Id, y.Id);
    }
}
