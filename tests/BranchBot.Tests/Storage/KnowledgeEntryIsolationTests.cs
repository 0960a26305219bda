using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Knowledge;
using BranchBot.Storage.LiteDb.Organisation;

namespace BranchBot.Tests.Storage;

/// <summary>
/// Two branches in one database, seeded through the raw collection, each with a 支部答复, and one entry 乙 wrote that
/// the organisation adopted: branch 甲 is answered from its own and the adopted entry, never from 乙's 支部答复, and
/// never changes or deletes what 乙 wrote.
/// </summary>
public sealed class KnowledgeEntryIsolationTests : IDisposable
{
    private static readonly DateTimeOffset At = TwoBranchDatabase.At;

    private readonly LiteDbContext _context = TwoBranchDatabase.Create();
    private readonly LiteDbKnowledgeEntryStore _a;

    public KnowledgeEntryIsolationTests()
    {
        var raw = _context.Collection<KnowledgeEntryDocument>(LiteDbCollections.KnowledgeEntries);
        raw.Insert(KnowledgeEntryDocument.From(Entry("k_A", "甲专属问题", 1), "A", KnowledgeEntryScope.Branch));
        raw.Insert(KnowledgeEntryDocument.From(Entry("k_B", "乙专属问题", 2), "B", KnowledgeEntryScope.Branch));
        raw.Insert(KnowledgeEntryDocument.From(Entry("k_org", "全委员会问题", 3), "B", KnowledgeEntryScope.Organisation));
        _a = new LiteDbKnowledgeEntryStore(_context, new BranchContext("A"));
    }

    [Fact]
    public async Task The_branch_reads_its_own_and_the_adopted_entries_only()
    {
        Assert.Equal(["k_A", "k_org"], (await _a.ListAsync(CancellationToken.None)).Select(e => e.Id));
    }

    [Fact]
    public async Task Writes_land_in_the_branch_and_another_branchs_entries_are_never_changed_or_deleted()
    {
        var before = TwoBranchDatabase.Snapshot(_context, "B", LiteDbCollections.KnowledgeEntries);
        var none = CancellationToken.None;

        await _a.SaveAsync(Entry("k_new", "新问题", 4), none);
        await _a.SaveAsync(Entry("k_A", "甲改过", 1), none);
        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _a.SaveAsync(Entry("k_B", "改掉", 2), none));
        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _a.SaveAsync(Entry("k_org", "改掉", 3), none));
        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _a.DeleteAsync("k_B", none));

        var written = _context.Database.GetCollection(LiteDbCollections.KnowledgeEntries).FindById("k_new");
        Assert.Equal(("A", "Branch"), (written["BranchId"].AsString, written["Scope"].AsString));
        Assert.Equal(["k_A", "k_org", "k_new"], (await _a.ListAsync(none)).Select(e => e.Id));
        Assert.Equal(before, TwoBranchDatabase.Snapshot(_context, "B", LiteDbCollections.KnowledgeEntries));
    }

    public void Dispose() => _context.Dispose();

    private static StoredKnowledgeEntry Entry(string id, string question, int minutes) => new()
    {
        Id = id,
        Question = question,
        Answer = "答",
        Source = "支部答复",
        CreatedAt = At.AddMinutes(minutes),
        UpdatedAt = At.AddMinutes(minutes),
    };
}
