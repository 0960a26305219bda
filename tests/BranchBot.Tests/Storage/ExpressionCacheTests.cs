using System.Collections;
using System.Reflection;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Delivery;
using BranchBot.Storage.LiteDb.Meetings;
using LiteDB;

namespace BranchBot.Tests.Storage;

/// <summary>
/// LiteDB keeps every compiled query expression in a static cache keyed by its text, for the life of the process.
/// Queries whose text carried their values (a date range from "now", a batch id, the claim time) grew that cache
/// by one compiled delegate per call: the managed heap after a forced GC rose 45 MB per 30 s of load and never fell.
/// </summary>
public class ExpressionCacheTests
{
    private const int Calls = 1_000;

    [Fact]
    public async Task Queries_with_ever_new_values_do_not_grow_litedbs_expression_cache()
    {
        using var context = LiteDbContext.InMemory();
        var meetings = new LiteDbMeetingStore(context);
        var delivery = new LiteDbDeliveryStore(context);
        var start = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        await meetings.ListStartingBetweenAsync(start, start.AddDays(1), CancellationToken.None);
        await delivery.RecordAndClaimAsync([], start, 10, CancellationToken.None);
        await delivery.GetBatchAsync("warm-up", CancellationToken.None);
        var before = CachedExpressions();

        for (var i = 1; i <= Calls; i++)
        {
            var now = start.AddSeconds(i * 37);
            await meetings.ListStartingBetweenAsync(now, now.AddDays(30), CancellationToken.None);
            await delivery.RecordAndClaimAsync([], now, 10, CancellationToken.None);
            await delivery.GetBatchAsync($"broadcast:{i}", CancellationToken.None);
        }

        // Other tests running at the same time compile their own (fixed) expressions; a leak adds thousands here.
        Assert.InRange(CachedExpressions() - before, 0, Calls / 5);
    }

    private static int CachedExpressions()
    {
        var cache = typeof(BsonExpression).GetField("_cacheScalar", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        return ((ICollection)cache).Count;
    }
}
