using BranchBot.Core.Meetings;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Meetings;

namespace BranchBot.Tests.Meetings;

/// <summary>The in-memory copy of the meetings answers as the store does, before and after saves.</summary>
public sealed class CachedMeetingStoreTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 4, 0, 0, TimeSpan.Zero);
    private readonly LiteDbContext _context = LiteDbContext.InMemory();
    private readonly LiteDbMeetingStore _stored;
    private readonly CachedMeetingStore _cached;

    public CachedMeetingStoreTests()
    {
        _stored = new LiteDbMeetingStore(_context);
        _cached = new CachedMeetingStore(_stored);
    }

    [Fact]
    public async Task A_range_query_matches_the_store_for_meetings_saved_before_and_after_the_first_read()
    {
        await _stored.SaveManyAsync([At("a", 0), At("b", 2), At("c", 5)], CancellationToken.None);
        Assert.Equal(["a", "b"], Ids(await _cached.ListStartingBetweenAsync(Noon, Noon.AddHours(5), CancellationToken.None)));

        await _cached.SaveAsync(At("d", 1), CancellationToken.None);
        await _cached.SaveManyAsync([At("e", 3), At("f", 7)], CancellationToken.None);
        await _cached.SaveAsync(At("a", 6) with { Topic = "改期" }, CancellationToken.None);

        foreach (var (from, to) in new[] { (0, 24), (1, 3), (3, 6), (6, 7), (-5, 0), (8, 9) })
        {
            var expected = await _stored.ListStartingBetweenAsync(Noon.AddHours(from), Noon.AddHours(to), CancellationToken.None);
            var actual = await _cached.ListStartingBetweenAsync(Noon.AddHours(from), Noon.AddHours(to), CancellationToken.None);
            Assert.Equal(Ids(expected), Ids(actual));
            Assert.Equal(expected, actual);
        }

        Assert.Equal("改期", (await _cached.GetAsync("a", CancellationToken.None))!.Topic);
    }

    [Fact]
    public async Task A_saved_meeting_reads_back_as_the_store_keeps_it()
    {
        var meeting = At("a", 1) with { StartsAt = Noon.AddTicks(12_345) };
        await _cached.SaveAsync(meeting, CancellationToken.None);

        Assert.Equal(await _stored.GetAsync("a", CancellationToken.None), await _cached.GetAsync("a", CancellationToken.None));
    }

    public void Dispose() => _context.Dispose();

    private static Meeting At(string id, int hours) => new()
    {
        Id = id,
        Kind = MeetingKind.GroupMeeting,
        StartsAt = Noon.AddHours(hours),
        EndsAt = Noon.AddHours(hours + 2),
        Audience = MeetingAudience.Branch,
    };

    private static List<string> Ids(IReadOnlyList<Meeting> meetings) => [.. meetings.Select(m => m.Id)];
}
