using BranchBot.Storage.LiteDb;
using LiteDB;

namespace BranchBot.Tests.Storage;

/// <summary>
/// The shared-mode engine keeps the file open between operations and must reopen it when another process changed it:
/// two contexts on one file stand for the server and the roster CLI (each has its own engine and page cache).
/// </summary>
public sealed class SharedEngineReuseTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-reuse-");

    private string Connection => $"Filename={Path.Combine(_folder.FullName, "bot.db")};Connection=shared";

    [Fact]
    public void A_read_sees_what_another_context_wrote_after_it_had_read_the_same_document()
    {
        using var server = LiteDbContext.Open(Connection);
        using var cli = LiteDbContext.Open(Connection);
        var members = server.Collection<BsonDocument>(LiteDbCollections.Members);
        members.Insert(new BsonDocument { ["_id"] = "m1", ["Name"] = "张三" });
        Assert.Equal("张三", members.FindById("m1")["Name"].AsString);

        cli.Collection<BsonDocument>(LiteDbCollections.Members).Update(new BsonDocument { ["_id"] = "m1", ["Name"] = "李四" });

        Assert.Equal("李四", members.FindById("m1")["Name"].AsString);
        Assert.Equal("李四", members.FindById("m1")["Name"].AsString);
    }

    [Fact]
    public void Writes_taking_turns_between_two_contexts_lose_nothing_and_keep_the_file_whole()
    {
        using (var server = LiteDbContext.Open(Connection))
        using (var cli = LiteDbContext.Open(Connection))
        {
            for (var i = 0; i < 50; i++)
            {
                // Int32 ids come from a sequence LiteDB keeps in memory per engine: a stale one would repeat an id.
                var writer = i % 3 == 0 ? cli : server;
                writer.Database.GetCollection(LiteDbCollections.KnowledgeAnswerLog, BsonAutoId.Int32).Insert(new BsonDocument { ["Question"] = $"问题{i}" });
                Assert.Equal(i + 1, server.Collection<BsonDocument>(LiteDbCollections.KnowledgeAnswerLog).Count());
                Assert.Equal(i + 1, cli.Collection<BsonDocument>(LiteDbCollections.KnowledgeAnswerLog).Count());
            }
        }

        using var reopened = LiteDbContext.Open(Connection);
        var ids = reopened.Collection<BsonDocument>(LiteDbCollections.KnowledgeAnswerLog).FindAll().Select(d => d["_id"].AsInt32).ToList();
        Assert.Equal(50, ids.Distinct().Count());
    }

    [Fact]
    public async Task Reads_racing_the_disposal_are_refused_and_nothing_opens_the_file_again()
    {
        var server = LiteDbContext.Open(Connection);
        var members = server.Collection<BsonDocument>(LiteDbCollections.Members);
        members.Insert(new BsonDocument { ["_id"] = "m1", ["Name"] = "张三" });
        var refused = 0;
        var readers = Enumerable.Range(0, 4).Select(reader => Task.Run(() =>
        {
            while (true)
            {
                try
                {
                    _ = members.FindById("m1");
                }
                catch (ObjectDisposedException)
                {
                    Interlocked.Increment(ref refused);
                    return;
                }
            }
        })).ToList();
        await Task.Delay(50);

        server.Dispose();
        await Task.WhenAll(readers).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(4, refused);
        Assert.False(server.HoldsFileOpen);
    }

    [Fact]
    public void A_write_by_a_plain_LiteDB_client_without_the_change_counter_is_seen_too()
    {
        using var server = LiteDbContext.Open(Connection);
        var members = server.Collection<BsonDocument>(LiteDbCollections.Members);
        members.Insert(new BsonDocument { ["_id"] = "m1", ["Name"] = "张三" });
        Assert.Equal(1, members.Count());

        using (var plain = new LiteDatabase(Connection))
        {
            plain.GetCollection(LiteDbCollections.Members).Insert(
                Enumerable.Range(0, 200).Select(i => new BsonDocument { ["_id"] = $"p{i}", ["Name"] = new string('党', 200) }));
        }

        Assert.Equal(201, members.Count());
    }

    // Without it every write would fall back to a checkpoint: correct, but three disk syncs instead of one.
    [Fact]
    public void The_wait_for_the_log_writer_is_found_in_this_LiteDB_version() =>
        Assert.True(BranchBot.Storage.LiteDb.Engine.LogWriter.IsAvailable);

    public void Dispose() => _folder.Delete(recursive: true);
}
