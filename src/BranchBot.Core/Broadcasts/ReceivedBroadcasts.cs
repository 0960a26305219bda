using BranchBot.Core.Membership;
using BranchBot.Core.Time;

namespace BranchBot.Core.Broadcasts;

/// <summary>我的通知: the broadcasts a member was sent (gone out, not withdrawn), newest first, with their own 收到 and 回复.</summary>
public sealed class ReceivedBroadcasts(IBroadcastStore store, IMembershipStore members, BranchClock clock)
{
    private const int Lookback = 100;

    public async Task<IReadOnlyList<ReceivedBroadcast>> ListAsync(Member member, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var now = clock.UtcNow;
        var received = (await store.ListRecentAsync(Lookback, cancellationToken))
            .Where(b => !b.IsWithdrawn && b.IsDue(now) && b.RecipientIds.Contains(member.Id))
            .OrderByDescending(b => b.SendsAt)
            .ThenByDescending(b => b.Number)
            .Take(max)
            .ToList();
        var list = new List<ReceivedBroadcast>(received.Count);
        foreach (var broadcast in received)
        {
            var acknowledged = (await store.ListAcknowledgementsAsync(broadcast.Number, cancellationToken)).Any(a => a.MemberId == member.Id);
            var replied = (await store.ListRepliesAsync(broadcast.Number, cancellationToken)).Any(r => r.MemberId == member.Id);
            var author = broadcast.SignedAs ?? (await members.GetMemberAsync(broadcast.AuthorId, cancellationToken))?.Name;
            list.Add(new ReceivedBroadcast(broadcast, author, acknowledged, replied));
        }

        return list;
    }
}

/// <summary>One broadcast as its recipient sees it; a 回复 counts as read.</summary>
public sealed record ReceivedBroadcast(Broadcast Broadcast, string? AuthorName, bool Acknowledged, bool Replied)
{
    public bool AwaitsAcknowledgement => Broadcast.RequiresAcknowledgement && !Acknowledged && !Replied;
}
