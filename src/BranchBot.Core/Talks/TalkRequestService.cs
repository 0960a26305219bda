using BranchBot.Core.Membership;
using BranchBot.Core.Time;

namespace BranchBot.Core.Talks;

/// <summary>
/// 谈心请求 kept until they are answered: a request is open while no talk between the two members has been recorded on or
/// after the day it was made. A second request for the same talk within <see cref="RepeatWindow"/> is not sent again.
/// </summary>
public sealed class TalkRequestService(ITalkStore store, IMembershipStore members, BranchClock clock)
{
    /// <summary>Pressing 告诉书记 twice, or asking again the next morning, tells the addressee once.</summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromDays(3);

    /// <summary>The sender's open request to <paramref name="to"/> made within <see cref="RepeatWindow"/>, if any.</summary>
    public async Task<TalkRequest?> RecentOpenAsync(Member from, Member to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var since = clock.UtcNow - RepeatWindow;
        var recent = (await store.ListRequestsToAsync(to.Id, cancellationToken))
            .Where(r => r.FromId == from.Id && r.RequestedAt >= since)
            .ToList();
        if (recent.Count == 0)
        {
            return null;
        }

        var talks = await store.ListInvolvingAsync(to.Id, cancellationToken);
        return recent.FirstOrDefault(r => IsOpen(r, talks));
    }

    public async Task<TalkRequest> RecordAsync(Member from, Member to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var request = new TalkRequest { Id = TalkRequest.NewId(), FromId = from.Id, ToId = to.Id, RequestedAt = clock.UtcNow };
        await store.SaveRequestAsync(request, cancellationToken);
        return request;
    }

    /// <summary>The open requests made to the member, one per requester (their earliest open one), oldest first.</summary>
    public async Task<IReadOnlyList<OpenTalkRequest>> OpenToAsync(Member to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        return await OpenToAsync(to, await ActiveMembersAsync(cancellationToken), cancellationToken);
    }

    /// <summary>Every active member with open requests made to them (the roster read once), and those requests.</summary>
    public async Task<IReadOnlyList<(Member To, IReadOnlyList<OpenTalkRequest> Open)>> OpenToEachAsync(CancellationToken cancellationToken)
    {
        var branch = await ActiveMembersAsync(cancellationToken);
        var waiting = new List<(Member, IReadOnlyList<OpenTalkRequest>)>();
        foreach (var member in branch.Values)
        {
            if (await OpenToAsync(member, branch, cancellationToken) is { Count: > 0 } open)
            {
                waiting.Add((member, open));
            }
        }

        return waiting;
    }

    // A requester who has since left the branch is no longer waiting.
    private async Task<Dictionary<string, Member>> ActiveMembersAsync(CancellationToken cancellationToken) =>
        (await members.ListMembersAsync(cancellationToken)).Where(m => m.IsActive).ToDictionary(m => m.Id, StringComparer.Ordinal);

    private async Task<IReadOnlyList<OpenTalkRequest>> OpenToAsync(Member to, Dictionary<string, Member> branch, CancellationToken cancellationToken)
    {
        var requests = await store.ListRequestsToAsync(to.Id, cancellationToken);
        if (requests.Count == 0)
        {
            return [];
        }

        var talks = await store.ListInvolvingAsync(to.Id, cancellationToken);
        return [.. requests
            .Where(r => IsOpen(r, talks) && branch.ContainsKey(r.FromId))
            .GroupBy(r => r.FromId, StringComparer.Ordinal)
            .Select(g => g.MinBy(r => r.RequestedAt)!)
            .OrderBy(r => r.RequestedAt)
            .Select(r => new OpenTalkRequest(branch[r.FromId], clock.ToLocal(r.RequestedAt)))];
    }

    private bool IsOpen(TalkRequest request, IReadOnlyList<TalkRecord> talksOfAddressee)
    {
        var day = DateOnly.FromDateTime(clock.ToLocal(request.RequestedAt).DateTime);
        return !talksOfAddressee.Any(t => t.Involves(request.FromId) && t.Date >= day);
    }
}

/// <summary>An open 谈心请求 as shown to its addressee: who asked, and when (branch-local).</summary>
public sealed record OpenTalkRequest(Member From, DateTimeOffset RequestedAt);
