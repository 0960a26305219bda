using BranchBot.Core.Organisation;
using BranchBot.Core.WebConsole;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.WebConsole;

namespace BranchBot.Tests.Storage;

/// <summary>Two branches' console audit entries in one database: branch 甲's log lists only its own and writes only into its own.</summary>
public sealed class ConsoleAuditIsolationTests : IDisposable
{
    private readonly LiteDbContext _context = TwoBranchDatabase.Create();

    [Fact]
    public async Task The_log_of_a_branch_lists_and_appends_only_its_own_entries()
    {
        var entries = _context.Collection<ConsoleAuditDocument>(LiteDbCollections.ConsoleAudit);
        entries.Insert(ConsoleAuditDocument.From(Entry("ca_A", "甲查看台账"), "A"));
        entries.Insert(ConsoleAuditDocument.From(Entry("ca_B", "乙查看台账"), "B"));
        var before = TwoBranchDatabase.Snapshot(_context, "B", LiteDbCollections.ConsoleAudit);
        var a = new LiteDbConsoleAuditStore(_context, new BranchContext("A"));

        await a.AppendAsync(Entry("ca_new", "甲导出台账"), CancellationToken.None);

        Assert.Equal(["甲导出台账", "甲查看台账"], (await a.ListAsync(10, CancellationToken.None)).Select(e => e.Action));
        Assert.Equal("A", _context.Database.GetCollection(LiteDbCollections.ConsoleAudit).FindById("ca_new")["BranchId"].AsString);
        Assert.Equal(before, TwoBranchDatabase.Snapshot(_context, "B", LiteDbCollections.ConsoleAudit));
    }

    public void Dispose() => _context.Dispose();

    private static ConsoleAuditEntry Entry(string id, string action) =>
        new() { Id = id, At = id == "ca_new" ? TwoBranchDatabase.At.AddMinutes(1) : TwoBranchDatabase.At, Action = action };
}
