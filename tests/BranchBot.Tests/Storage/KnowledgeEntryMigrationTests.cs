using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Schema;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Storage;

/// <summary>
/// Release 0d9b7e6's stored knowledge entry (a copy of the fixture) becomes its branch's own 支部答复, and the
/// knowledge base still answers members from it as before.
/// </summary>
public sealed class KnowledgeEntryMigrationTests : IDisposable
{
    private readonly ReleaseFixtureCopy _fixture = new();

    [Fact]
    public async Task The_stored_entry_is_the_branchs_own_and_still_answers()
    {
        await using var bot = _fixture.Bot();

        bot.User("u2", "张三").Send("支部活动室在哪里").ExpectReply("党员活动室在办公楼三楼东侧");

        var entries = bot.Services.GetRequiredService<LiteDbContext>().Database.GetCollection(LiteDbCollections.KnowledgeEntries).FindAll().ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal((OrganisationStep.MigratedBranchId, "Branch"), (e["BranchId"].AsString, e["Scope"].AsString)));
    }

    [Fact]
    public async Task The_step_run_again_writes_nothing()
    {
        await using var bot = _fixture.Bot();
        var context = bot.Services.GetRequiredService<LiteDbContext>();
        var before = Documents(context.Database);

        context.InTransaction(() => new KnowledgeEntryBranchStep().Apply(context.Database));

        Assert.Equal(before, Documents(context.Database));
    }

    public void Dispose() => _fixture.Dispose();

    private static List<string> Documents(LiteDatabase database) =>
        [.. database.GetCollection(LiteDbCollections.KnowledgeEntries).FindAll().Select(d => d.ToString()).Order(StringComparer.Ordinal)];
}
