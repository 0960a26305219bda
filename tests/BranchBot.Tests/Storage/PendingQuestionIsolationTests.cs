using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Knowledge;

namespace BranchBot.Tests.Storage;

/// <summary>
/// Two branches in one database, seeded through the raw collection, both with a 待答1 and 乙 up to 待答4: branch 甲's
/// question store counts, returns and writes only 甲's questions, and numbers its next question after its own.
/// </summary>
public sealed class PendingQuestionIsolationTests : IDisposable
{
    private static readonly DateTimeOffset At = TwoBranchDatabase.At;

    private readonly LiteDbContext _context = TwoBranchDatabase.Create();
    private readonly LiteDbPendingQuestionStore _a;

    public PendingQuestionIsolationTests()
    {
        Seed("A", "甲", 1);
        Seed("B", "乙", 4);
        _a = new LiteDbPendingQuestionStore(_context, new BranchContext("A"));
    }

    [Fact]
    public async Task Reads_are_the_branchs_own()
    {
        Assert.Equal("甲问题1", (await _a.GetAsync(1, CancellationToken.None))!.Question);
        Assert.Null(await _a.GetAsync(3, CancellationToken.None));
        Assert.Equal(["甲问题1"], (await _a.ListAsync(CancellationToken.None)).Select(q => q.Question));
    }

    [Fact]
    public async Task A_new_question_takes_the_branchs_next_number_and_writes_touch_only_the_branch()
    {
        var before = TwoBranchDatabase.Snapshot(_context, "B", LiteDbCollections.PendingQuestions);

        var added = await _a.AddAsync(Question("甲问题2"), CancellationToken.None);
        await _a.UpdateAsync((await _a.GetAsync(1, CancellationToken.None))! with { State = PendingQuestionState.Answered, Answer = "答" }, CancellationToken.None);

        Assert.Equal(2, added.Number);
        Assert.Equal(PendingQuestionState.Answered, (await _a.GetAsync(1, CancellationToken.None))!.State);
        Assert.Equal("A", _context.Database.GetCollection(LiteDbCollections.PendingQuestions).FindById("A:2")["BranchId"].AsString);
        Assert.Equal(before, TwoBranchDatabase.Snapshot(_context, "B", LiteDbCollections.PendingQuestions));
    }

    [Fact]
    public async Task Two_stores_adding_at_once_never_share_a_number()
    {
        var other = new LiteDbPendingQuestionStore(_context, new BranchContext("A"));

        var added = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
            (await (i % 2 == 0 ? _a : other).AddAsync(Question($"并发{i}"), CancellationToken.None)).Number)));

        Assert.Equal(Enumerable.Range(2, 20), added.Order());
    }

    public void Dispose() => _context.Dispose();

    private void Seed(string branch, string marker, int count)
    {
        var raw = _context.Collection<PendingQuestionDocument>(LiteDbCollections.PendingQuestions);
        for (var n = 1; n <= count; n++)
        {
            raw.Insert(PendingQuestionDocument.From(Question($"{marker}问题{n}") with { Number = n }, branch));
        }
    }

    private static PendingQuestion Question(string text) => new() { Question = text, AskerId = "m1", AskerName = "张三", AskedAt = At };
}
