using BranchBot.Core.Meetings;

namespace BranchBot.Core.Membership;

/// <summary>
/// The whole member list for sends that run in bursts (an outbox batch, a hundred reminders in the same minute): read
/// once and reused for <see cref="Reuse"/>, so thousands of sends read it once, not each. When the copy is old, one
/// caller reads it again while the others wait for that read.
/// </summary>
public sealed class RosterSnapshot(IMembershipStore members, TimeProvider timeProvider)
{
    /// <summary>How long a read is reused; short, so a member who joins is included a few seconds later.</summary>
    public static readonly TimeSpan Reuse = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private Task<Roster>? _roster;

    /// <summary>Every member by id, as of at most <see cref="Reuse"/> ago.</summary>
    public async Task<IReadOnlyDictionary<string, Member>> ByIdAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync().WaitAsync(cancellationToken)).ById;

    /// <summary>The members a meeting is for, as of at most <see cref="Reuse"/> ago, in roster order.</summary>
    public async Task<IReadOnlyList<Member>> AudienceOfAsync(MeetingAudience audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var roster = await CurrentAsync().WaitAsync(cancellationToken);
        return [.. roster.All.Where(m => MeetingAudienceResolver.Includes(audience, m))];
    }

    private Task<Roster> CurrentAsync()
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (_roster is null
                || _roster.IsFaulted
                || _roster.IsCanceled
                || (_roster.IsCompletedSuccessfully && (now - _roster.Result.ReadAt >= Reuse || now < _roster.Result.ReadAt)))
            {
                // Not bound to one caller's cancellation: the others wait for the same read.
                _roster = Task.Run(() => ReadAsync(now), CancellationToken.None);
            }

            return _roster;
        }
    }

    private async Task<Roster> ReadAsync(DateTimeOffset now)
    {
        var all = await members.ListMembersAsync(CancellationToken.None);
        return new Roster(all, all.ToDictionary(m => m.Id, StringComparer.Ordinal), now);
    }

    private sealed record Roster(IReadOnlyList<Member> All, IReadOnlyDictionary<string, Member> ById, DateTimeOffset ReadAt);
}
