using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Meetings;

namespace BranchBot.Tests.Storage;

/// <summary>A store's indexes are ensured by the first store of its kind on a database, not by every branch's again; a failed try is tried again.</summary>
public class IndexOnceTests
{
    [Fact]
    public void The_indexes_of_a_kind_of_store_are_ensured_once_per_database_and_again_after_a_failure()
    {
        using var context = LiteDbContext.InMemory();
        var runs = 0;

        Assert.Throws<IOException>(() => context.IndexOnce("store", () => { runs++; throw new IOException("disk"); }));
        context.IndexOnce("store", () => runs++);
        context.IndexOnce("store", () => runs++);
        context.IndexOnce("other", () => runs++);

        Assert.Equal(3, runs);
    }

    [Fact]
    public void A_second_branchs_store_finds_the_indexes_the_first_made()
    {
        using var context = LiteDbContext.InMemory();
        _ = new LiteDbMeetingStore(context, new BranchContext("A"));
        _ = new LiteDbMeetingStore(context, new BranchContext("B"));

        var indexes = context.Database.GetCollection("$indexes").FindAll().Where(i => i["collection"].AsString == LiteDbCollections.Meetings).Select(i => i["name"].AsString).ToList();
        Assert.Contains("BranchId", indexes);
        Assert.Contains("StartsAtUtc", indexes);
    }
}
