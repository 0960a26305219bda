using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Meetings;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Broadcasts;
using BranchBot.Storage.LiteDb.Organisation;

namespace BranchBot.Tests.Storage;

/// <summary>
/// Two branches in one database, seeded through the raw collections, both with a 广播1 and a 定期广播1: the broadcast
/// stores of branch 甲 count, return and write only 甲's broadcasts, acknowledgements, replies and plans.
/// </summary>
public sealed class BroadcastIsolationTests : IDisposable
{
    private static readonly DateTimeOffset At = TwoBranchDatabase.At;

    private static readonly string[] Collections =
        [LiteDbCollections.Broadcasts, LiteDbCollections.BroadcastAcknowledgements, LiteDbCollections.BroadcastReplies, LiteDbCollections.BroadcastPlans];

    private readonly LiteDbContext _context = TwoBranchDatabase.Create();
    private readonly LiteDbBroadcastStore _a;
    private readonly LiteDbBroadcastPlanStore _plansOfA;

    public BroadcastIsolationTests()
    {
        Seed("A", "甲", broadcasts: 2);
        Seed("B", "乙", broadcasts: 5);
        _a = new LiteDbBroadcastStore(_context, new BranchContext("A"));
        _plansOfA = new LiteDbBroadcastPlanStore(_context, new BranchContext("A"));
    }

    [Fact]
    public async Task Reads_and_numbers_are_the_branchs_own()
    {
        var none = CancellationToken.None;

        Assert.Equal("甲广播1", (await _a.GetAsync(1, none))!.Text);
        Assert.Null(await _a.GetAsync(5, none));
        Assert.Equal(2, await _a.LastNumberAsync(none));
        Assert.Equal(["甲广播2", "甲广播1"], (await _a.ListRecentAsync(10, none)).Select(b => b.Text));
        Assert.Null(await _a.FindBySourceKeyAsync("src:B:1", none));
        Assert.Equal("甲广播1", (await _a.FindBySourceKeyAsync("src:A:1", none))!.Text);
        Assert.False(await _a.HasAcknowledgedAsync(1, "m_B", none));
        Assert.True(await _a.HasAcknowledgedAsync(1, "m_A", none));
        Assert.Equal(["m_A"], (await _a.ListAcknowledgementsAsync(1, none)).Select(a => a.MemberId));
        Assert.Equal(["甲回复"], (await _a.ListRepliesAsync(1, none)).Select(r => r.Text));
        Assert.Equal("broadcast:A:3", _a.BatchBaseOf(3));

        Assert.Equal("甲定期1", (await _plansOfA.GetAsync(1, none))!.Text);
        Assert.Null(await _plansOfA.GetAsync(3, none));
        Assert.Equal(1, await _plansOfA.LastNumberAsync(none));
        Assert.Equal(["甲定期1"], (await _plansOfA.ListAsync(none)).Select(p => p.Text));
    }

    [Fact]
    public async Task Writes_land_in_the_branch_under_its_numbers_and_never_touch_another()
    {
        var before = TwoBranchDatabase.Snapshot(_context, "B", Collections);
        var none = CancellationToken.None;

        await _a.SaveAsync(NewBroadcast("A", 1, "甲改过") with { WithdrawnAt = At }, none);
        await _a.SaveAsync(NewBroadcast("A", 3, "甲广播3"), none);
        Assert.True(await _a.TryAddAcknowledgementAsync(new BroadcastAcknowledgement(1, "m_B", At), none));
        Assert.False(await _a.TryAddAcknowledgementAsync(new BroadcastAcknowledgement(1, "m_A", At), none));
        await _a.SaveReplyAsync(new BroadcastReply("br_new", 1, "m_A", "新回复", At), none);
        await _plansOfA.SaveAsync(NewPlan(1, "甲定期改过"), none);
        await _plansOfA.SaveAsync(NewPlan(2, "甲定期2"), none);

        Assert.Equal(before, TwoBranchDatabase.Snapshot(_context, "B", Collections));
        Assert.Equal(3, await _a.LastNumberAsync(none));
        Assert.Equal("甲改过", (await _a.GetAsync(1, none))!.Text);
        Assert.Equal(["A:1", "A:2", "A:3"], Ids(LiteDbCollections.Broadcasts, "A"));
        Assert.Equal(["A:1|m_A", "A:1|m_B"], Ids(LiteDbCollections.BroadcastAcknowledgements, "A"));
        Assert.Equal(["A:1", "A:2"], Ids(LiteDbCollections.BroadcastPlans, "A"));
        Assert.Equal("A", _context.Database.GetCollection(LiteDbCollections.BroadcastReplies).FindById("br_new")["BranchId"].AsString);
    }

    [Fact]
    public async Task Writing_over_another_branchs_reply_is_refused_and_changes_nothing()
    {
        var before = TwoBranchDatabase.Snapshot(_context, "B", Collections);

        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _a.SaveReplyAsync(new BroadcastReply("br_B", 1, "m_A", "改掉", At), CancellationToken.None));

        Assert.Equal(before, TwoBranchDatabase.Snapshot(_context, "B", Collections));
    }

    public void Dispose() => _context.Dispose();

    private List<string> Ids(string collection, string branch) =>
        [.. _context.Database.GetCollection(collection).FindAll().Where(d => d["BranchId"].AsString == branch).Select(d => d["_id"].AsString).Order(StringComparer.Ordinal)];

    private void Seed(string branch, string marker, int broadcasts)
    {
        var raw = _context.Collection<BroadcastDocument>(LiteDbCollections.Broadcasts);
        for (var n = 1; n <= broadcasts; n++)
        {
            raw.Insert(BroadcastDocument.From(NewBroadcast(branch, n, $"{marker}广播{n}") with { SourceKey = $"src:{branch}:{n}" }, branch));
        }

        _context.Collection<AcknowledgementDocument>(LiteDbCollections.BroadcastAcknowledgements)
            .Insert(AcknowledgementDocument.From(new BroadcastAcknowledgement(1, $"m_{branch}", At), branch));
        _context.Collection<ReplyDocument>(LiteDbCollections.BroadcastReplies)
            .Insert(ReplyDocument.From(new BroadcastReply($"br_{branch}", 1, $"m_{branch}", $"{marker}回复", At), branch));
        _context.Collection<BroadcastPlanDocument>(LiteDbCollections.BroadcastPlans).Insert(BroadcastPlanDocument.From(NewPlan(1, $"{marker}定期1"), branch));
    }

    private static Broadcast NewBroadcast(string branch, int number, string text) => new()
    {
        Number = number,
        BatchBase = Broadcast.BatchBaseOf(branch, number),
        AuthorId = $"m_{branch}",
        Text = text,
        Audience = BroadcastAudience.Branch,
        AudienceLabel = "全体党员",
        RequiresAcknowledgement = true,
        RecipientIds = [$"m_{branch}"],
        CreatedAt = At.AddMinutes(number),
    };

    private static BroadcastPlan NewPlan(int number, string text) => new()
    {
        Id = $"bp_{text}",
        Number = number,
        Text = text,
        Audience = BroadcastAudience.Branch,
        Recurrence = new Recurrence(RecurrenceFrequency.Monthly, 15, new TimeOnly(9, 0)),
        CreatedBy = "m_A",
        CreatedAt = At,
    };
}
