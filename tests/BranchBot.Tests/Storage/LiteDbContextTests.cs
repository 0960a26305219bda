using BranchBot.Storage.LiteDb;
using LiteDB;

namespace BranchBot.Tests.Storage;

public class LiteDbContextTests
{
    [Fact]
    public void Opening_a_fresh_database_creates_every_collection_up_front()
    {
        using var context = LiteDbContext.InMemory();

        Assert.Equal(LiteDbCollections.All.Order(StringComparer.Ordinal), context.Database.GetCollectionNames().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Reopening_a_file_database_keeps_what_it_holds()
    {
        var folder = Directory.CreateTempSubdirectory("branchbot-context-");
        try
        {
            var connection = $"Filename={Path.Combine(folder.FullName, "bot.db")}";
            using (var first = LiteDbContext.Open(connection))
            {
                first.Collection<BsonDocument>(LiteDbCollections.Members).Insert(new BsonDocument { ["_id"] = "m1", ["Name"] = "张三" });
            }

            using var reopened = LiteDbContext.Open(connection);

            var member = reopened.Collection<BsonDocument>(LiteDbCollections.Members).FindById("m1");
            Assert.Equal("张三", member["Name"].AsString);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_collection_that_is_not_listed_is_refused()
    {
        using var context = LiteDbContext.InMemory();

        var refused = Assert.Throws<InvalidOperationException>(() => context.Collection<BsonDocument>("notes"));
        Assert.Contains(nameof(LiteDbCollections), refused.Message, StringComparison.Ordinal);
    }

    // Without the collections created at open, two transactions creating collections at once fail with "Collection
    // was modified" (LiteDB#2891): this test then fails in most runs, and a fresh server failed a request now and then.
    [Fact]
    public void The_first_writes_of_a_fresh_database_may_run_concurrently()
    {
        for (var round = 0; round < 100; round++)
        {
            using var context = LiteDbContext.InMemory();
            using var start = new Barrier(LiteDbCollections.All.Count);
            var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
            var writers = LiteDbCollections.All.Select(name => new Thread(() =>
            {
                var collection = context.Collection<BsonDocument>(name);
                start.SignalAndWait();
                try
                {
                    collection.Insert(new BsonDocument { ["_id"] = "first" });
                }
                catch (Exception exception)
                {
                    failures.Enqueue(exception);
                }
            })).ToList();

            writers.ForEach(w => w.Start());
            writers.ForEach(w => w.Join());

            Assert.Empty(failures);
            Assert.All(LiteDbCollections.All, name => Assert.Equal(1, context.Database.GetCollection(name).Count()));
        }
    }
}
