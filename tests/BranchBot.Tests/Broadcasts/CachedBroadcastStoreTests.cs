using BranchBot.Core.Broadcasts;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Broadcasts;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Broadcasts;

/// <summary>The latest broadcasts and their acknowledgements kept in memory answer as the store does, after saves too.</summary>
public sealed class CachedBroadcastStoreTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 4, 0, 0, TimeSpan.Zero);
    private readonly LiteDbContext _context = LiteDbContext.InMemory();
    private readonly LiteDbBroadcastStore _stored;
    private readonly CachedBroadcastStore _cached;

    public CachedBroadcastStoreTests()
    {
        _stored = new LiteDbBroadcastStore(_context);
        _cached = new CachedBroadcastStore(_stored);
    }

    [Fact]
    public async Task A_broadcast_saved_or_changed_is_listed_and_found_at_once()
    {
        await _stored.SaveAsync(Numbered(1), CancellationToken.None);
        Assert.Equal([1], Numbers(await _cached.ListRecentAsync(10, CancellationToken.None)));

        await _cached.SaveAsync(Numbered(2), CancellationToken.None);
        await _cached.SaveAsync(Numbered(1) with { WithdrawnAt = Noon.AddHours(1) }, CancellationToken.None);

        Assert.Equal([2, 1], Numbers(await _cached.ListRecentAsync(10, CancellationToken.None)));
        Assert.Equal([2], Numbers(await _cached.ListRecentAsync(1, CancellationToken.None)));
        Assert.True((await _cached.GetAsync(1, CancellationToken.None))!.IsWithdrawn);
        Assert.Equal((await _stored.GetAsync(2, CancellationToken.None))!.CreatedAt, (await _cached.GetAsync(2, CancellationToken.None))!.CreatedAt);
        Assert.Null(await _cached.GetAsync(3, CancellationToken.None));
    }

    [Fact]
    public async Task An_acknowledgement_is_stored_once_and_known_at_once()
    {
        await _stored.SaveAsync(Numbered(1), CancellationToken.None);
        await _stored.TryAddAcknowledgementAsync(new BroadcastAcknowledgement(1, "p1", Noon), CancellationToken.None);

        Assert.True(await _cached.HasAcknowledgedAsync(1, "p1", CancellationToken.None));
        Assert.False(await _cached.HasAcknowledgedAsync(1, "p2", CancellationToken.None));
        Assert.False(await _cached.TryAddAcknowledgementAsync(new BroadcastAcknowledgement(1, "p1", Noon), CancellationToken.None));
        Assert.True(await _cached.TryAddAcknowledgementAsync(new BroadcastAcknowledgement(1, "p2", Noon), CancellationToken.None));
        Assert.False(await _cached.TryAddAcknowledgementAsync(new BroadcastAcknowledgement(1, "p2", Noon), CancellationToken.None));

        Assert.True(await _cached.HasAcknowledgedAsync(1, "p2", CancellationToken.None));
        Assert.True(await _stored.HasAcknowledgedAsync(1, "p2", CancellationToken.None));
        Assert.Equal(2, (await _stored.ListAcknowledgementsAsync(1, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Another_instances_broadcast_is_listed_after_its_notice_and_a_save_here_is_announced()
    {
        var notices = new RecordedChangeNotices();
        using var cached = new CachedBroadcastStore(_stored, notices, "broadcasts:b1");
        await cached.SaveAsync(Numbered(1), CancellationToken.None);
        Assert.Equal(["broadcasts:b1"], notices.Published);
        Assert.Equal([1], Numbers(await cached.ListRecentAsync(10, CancellationToken.None)));
        Assert.False(await cached.HasAcknowledgedAsync(1, "p1", CancellationToken.None));

        await _stored.SaveAsync(Numbered(2), CancellationToken.None);
        await _stored.TryAddAcknowledgementAsync(new BroadcastAcknowledgement(1, "p1", Noon), CancellationToken.None);
        Assert.Equal([1], Numbers(await cached.ListRecentAsync(10, CancellationToken.None)));
        Assert.False(await cached.HasAcknowledgedAsync(1, "p1", CancellationToken.None));
        notices.Hear("broadcasts:b1");

        Assert.Equal([2, 1], Numbers(await cached.ListRecentAsync(10, CancellationToken.None)));
        Assert.True(await cached.HasAcknowledgedAsync(1, "p1", CancellationToken.None));
    }

    public void Dispose() => _context.Dispose();

    private static Broadcast Numbered(int number) => new()
    {
        Number = number,
        BatchBase = Broadcast.BatchBaseOf("branch", number),
        AuthorId = "p0",
        Text = $"通知{number}",
        Audience = BroadcastAudience.Branch,
        AudienceLabel = "全体党员",
        RecipientIds = ["p1", "p2"],
        CreatedAt = Noon.AddTicks(12_345),
    };

    private static List<int> Numbers(IReadOnlyList<Broadcast> broadcasts) => [.. broadcasts.Select(b => b.Number)];
}
