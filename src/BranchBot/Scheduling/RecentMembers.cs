using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;

namespace BranchBot.Scheduling;

/// <summary>
/// The member list for scheduled sends, loaded once for every event that fires within a few seconds: when a
/// hundred meetings are reminded in the same minute, the roster is read once, not a hundred times.
/// </summary>
public sealed class RecentMembers(IMembershipStore members, TimeProvider timeProvider)
{
    /// <summary>How long a loaded list is reused; short, so a member who joins is included in the next event.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private (DateTimeOffset LoadedAt, Task<IReadOnlyList<Member>> Members)? _snapshot;

    public async Task<IReadOnlyList<Member>> AudienceOfAsync(MeetingAudience audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var all = await AllAsync(cancellationToken);
        return [.. all.Where(m => MeetingAudienceResolver.Includes(audience, m))];
    }

    private Task<IReadOnlyList<Member>> AllAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (_snapshot is { } snapshot && now - snapshot.LoadedAt < Freshness && now >= snapshot.LoadedAt && (!snapshot.Members.IsCompleted || snapshot.Members.IsCompletedSuccessfully))
            {
                return snapshot.Members;
            }

            var load = members.ListMembersAsync(cancellationToken).AsTask();
            _snapshot = (now, load);
            return load;
        }
    }
}
