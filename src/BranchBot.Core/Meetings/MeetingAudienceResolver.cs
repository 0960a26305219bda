using System.Collections.Concurrent;
using BranchBot.Core.Membership;

namespace BranchBot.Core.Meetings;

/// <summary>
/// The active members a meeting is for. A branch of 10,000 asks for the same audience on every 签到情况, so each
/// audience is kept, in roster order and by name, for as long as the roster store hands back the same roster
/// (<see cref="CachedMembershipStore"/> gives the same list until the roster changes); any other roster is filtered
/// afresh.
/// </summary>
public sealed class MeetingAudienceResolver(IMembershipStore members)
{
    private Filtered? _filtered;

    /// <summary>The audience in roster order.</summary>
    public async Task<IReadOnlyList<Member>> MembersOfAsync(MeetingAudience audience, CancellationToken cancellationToken) =>
        (await AudienceOfAsync(audience, cancellationToken)).InRosterOrder;

    /// <summary>The audience ordered by name (ordinal), as every list of names in the chat shows it.</summary>
    public async Task<IReadOnlyList<Member>> MembersByNameAsync(MeetingAudience audience, CancellationToken cancellationToken) =>
        (await AudienceOfAsync(audience, cancellationToken)).ByName.Value;

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

    private async Task<Audience> AudienceOfAsync(MeetingAudience audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var roster = await members.ListMembersAsync(cancellationToken);
        var filtered = Volatile.Read(ref _filtered);
        if (filtered is null || !ReferenceEquals(filtered.Roster, roster))
        {
            filtered = new Filtered(roster);
            Volatile.Write(ref _filtered, filtered);
        }

        return filtered.ByAudience.GetOrAdd(audience, static (key, all) => new Audience([.. all.Where(m => Includes(key, m))]), roster);
    }

    /// <summary>The audiences filtered from one roster (there are a handful: the branch, the committee, each 党小组).</summary>
    private sealed record Filtered(IReadOnlyList<Member> Roster)
    {
        public ConcurrentDictionary<MeetingAudience, Audience> ByAudience { get; } = new();
    }

    private sealed class Audience(Member[] inRosterOrder)
    {
        public IReadOnlyList<Member> InRosterOrder { get; } = inRosterOrder;

        public Lazy<IReadOnlyList<Member>> ByName { get; } =
            new(() => [.. inRosterOrder.OrderBy(m => m.Name, StringComparer.Ordinal)], LazyThreadSafetyMode.ExecutionAndPublication);
    }
}
