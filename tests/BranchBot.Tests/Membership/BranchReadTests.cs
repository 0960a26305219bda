using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Membership;
using BranchBot.Storage.LiteDb.Organisation;
using LiteDB;

namespace BranchBot.Tests.Membership;

/// <summary>
/// The branch as a LiteDB membership store reads it, over a file in shared mode: kept until a unit is written through
/// the same database context (any store, any branch's container) or another process writes to the file. Two contexts
/// on one file stand for the server and the roster CLI.
/// </summary>
public sealed class BranchReadTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-branchread-");
    private readonly LiteDbContext _server;
    private readonly LiteDbContext _cli;
    private readonly LiteDbMembershipStore _store;

    public BranchReadTests()
    {
        _server = LiteDbContext.Open(Connection);
        _cli = LiteDbContext.Open(Connection);
        _store = new LiteDbMembershipStore(_server);
    }

    private string Connection => $"Filename={Path.Combine(_folder.FullName, "bot.db")};Connection=shared";

    [Fact]
    public async Task A_branch_renamed_by_another_store_of_the_process_is_read_at_once()
    {
        var before = await BranchAsync(_store);

        await new LiteDbMembershipStore(_server).ApplyAsync(new MembershipChange { Branch = before with { Name = "第二支部" } }, None);
        Assert.Equal("第二支部", (await BranchAsync(_store)).Name);

        var unit = (await new LiteDbOrganisationStore(_server).GetUnitAsync(before.Id, None))!;
        await new LiteDbOrganisationStore(_server).ApplyAsync(new OrganisationChange { Units = [unit with { Name = "机关第三支部" }] }, None);
        Assert.Equal("机关第三支部", (await BranchAsync(_store)).Name);
    }

    [Fact]
    public async Task A_branch_renamed_by_another_process_is_read_at_once()
    {
        var before = await BranchAsync(_store);

        await new LiteDbMembershipStore(_cli).ApplyAsync(new MembershipChange { Branch = before with { Name = "第二支部" } }, None);

        Assert.Equal("第二支部", (await BranchAsync(_store)).Name);
    }

    [Fact]
    public async Task Without_a_unit_written_the_branch_is_not_read_again()
    {
        var before = await BranchAsync(_store);

        // Past every store (no unit write counted) and from this process: only a read of the file would show it.
        RenameInFile(_server, before.Id, "没有经过存储的名字");

        Assert.Equal(before.Name, (await BranchAsync(_store)).Name);
    }

    [Fact]
    public async Task In_memory_where_outside_writes_cannot_be_told_the_branch_is_read_every_time()
    {
        using var memory = LiteDbContext.InMemory();
        var store = new LiteDbMembershipStore(memory);
        var before = await BranchAsync(store);

        RenameInFile(memory, before.Id, "第二支部");

        Assert.Equal("第二支部", (await BranchAsync(store)).Name);
    }

    public void Dispose()
    {
        _cli.Dispose();
        _server.Dispose();
        _folder.Delete(recursive: true);
    }

    private static CancellationToken None => CancellationToken.None;

    private static async Task<Branch> BranchAsync(LiteDbMembershipStore store) => (await store.GetBranchAsync(None))!;

    private static void RenameInFile(LiteDbContext context, string unitId, string name)
    {
        var units = context.Collection<BsonDocument>(LiteDbCollections.OrgUnits);
        var unit = units.FindById(unitId);
        unit["Name"] = name;
        units.Update(unit);
    }
}
