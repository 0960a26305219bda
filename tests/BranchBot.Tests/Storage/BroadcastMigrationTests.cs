using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Schema;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Storage;

/// <summary>
/// Release 0d9b7e6's broadcasts (a copy of the fixture) numbered per branch: each keeps its number under the id
/// "branch:{n}" and its outbox batch "broadcast:{n}", so 广播2's delivery report is still found and the next broadcast
/// is 广播4, in a batch that names the branch.
/// </summary>
public sealed class BroadcastMigrationTests : IDisposable
{
    private readonly ReleaseFixtureCopy _fixture = new();

    [Fact]
    public async Task Old_broadcasts_keep_their_numbers_and_outbox_batches_and_the_next_is_broadcast_4()
    {
        await using var bot = _fixture.Bot();
        var broadcasts = bot.Services.GetRequiredService<BroadcastService>();
        var outbox = bot.Services.GetRequiredService<IDeliveryOutbox>();
        var secretary = await bot.Membership.FindByChatAccountAsync(new ChatAccount("test", "secretary"), CancellationToken.None);

        var second = (await broadcasts.ListRecentAsync(10, CancellationToken.None)).Single(b => b.Number == 2);
        Assert.Equal("broadcast:2", second.BatchId);
        Assert.Equal(9, (await outbox.GetReportAsync(second.BatchId, CancellationToken.None)).Total);

        var sent = await broadcasts.SendAsync(new BroadcastDraft("升级后的第一条广播", BroadcastAudience.Branch, false), secretary!, CancellationToken.None);

        Assert.Equal(4, sent.Value!.Broadcast.Number);
        Assert.Equal($"broadcast:{OrganisationStep.MigratedBranchId}:4", sent.Value.Broadcast.BatchId);
        Assert.Equal(1, await bot.Services.GetRequiredService<IBroadcastPlanStore>().LastNumberAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Numbered_documents_are_re_keyed_under_the_branch()
    {
        await using (_fixture.Bot())
        {
        }

        using var database = new LiteDatabase($"Filename={_fixture.DatabaseFile};ReadOnly=true");
        Assert.All(
            database.GetCollection(LiteDbCollections.Broadcasts).FindAll(),
            b => Assert.Equal(
                ($"branch:{b["Number"].AsInt32}", $"broadcast:{b["Number"].AsInt32}", "branch"),
                (b["_id"].AsString, b["BatchBase"].AsString, b["BranchId"].AsString)));
        Assert.Equal([1, 2, 3], database.GetCollection(LiteDbCollections.Broadcasts).FindAll().Select(b => b["Number"].AsInt32).Order());
        Assert.All(database.GetCollection(LiteDbCollections.BroadcastPlans).FindAll(), p => Assert.Equal($"branch:{p["Number"].AsInt32}", p["_id"].AsString));
        Assert.All(
            database.GetCollection(LiteDbCollections.BroadcastAcknowledgements).FindAll(),
            a => Assert.Equal($"branch:{a["BroadcastNumber"].AsInt32}|{a["MemberId"].AsString}", a["_id"].AsString));
    }

    [Fact]
    public async Task The_step_run_again_writes_nothing()
    {
        await using var bot = _fixture.Bot();
        var context = bot.Services.GetRequiredService<LiteDbContext>();
        var before = Documents(context.Database);

        context.InTransaction(() => new BroadcastNumberingStep().Apply(context.Database));

        Assert.Equal(before, Documents(context.Database));
    }

    public void Dispose() => _fixture.Dispose();

    private static List<string> Documents(LiteDatabase database) =>
    [
        .. new[] { LiteDbCollections.Broadcasts, LiteDbCollections.BroadcastAcknowledgements, LiteDbCollections.BroadcastReplies, LiteDbCollections.BroadcastPlans }
            .SelectMany(name => database.GetCollection(name).FindAll())
            .Select(d => d.ToString())
            .Order(StringComparer.Ordinal),
    ];
}
