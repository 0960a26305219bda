using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Knowledge;
using BranchBot.Storage.LiteDb.Organisation;

namespace BranchBot.Tests.Storage;

/// <summary>
/// Two branches in one database, seeded through the raw collections: branch 甲's answer log never returns or counts
/// 乙's entries (ids are one organisation-wide sequence, so 乙's ids are simply not found), never lists 乙's feedback
/// and never writes feedback on 乙's answers.
/// </summary>
public sealed class AnswerLogIsolationTests : IDisposable
{
    private static readonly DateTimeOffset At = TwoBranchDatabase.At;

    private static readonly string[] Collections = [LiteDbCollections.KnowledgeAnswerLog, LiteDbCollections.KnowledgeFeedback];

    private readonly LiteDbContext _context = TwoBranchDatabase.Create();
    private readonly LiteDbAnswerLogStore _a;

    public AnswerLogIsolationTests()
    {
        // 甲 has #1 (answered) and #3 (failed); 乙 has #2 (failed) and #4 (answered), all asked by m1.
        Seed(1, "A", "甲问1", AnswerOutcome.Answered);
        Seed(2, "B", "乙问1", AnswerOutcome.OutOfScope);
        Seed(3, "A", "甲问2", AnswerOutcome.OutOfScope);
        Seed(4, "B", "乙问2", AnswerOutcome.Answered);
        _a = new LiteDbAnswerLogStore(_context, new BranchContext("A"));
    }

    [Fact]
    public async Task Reads_and_counts_are_the_branchs_own()
    {
        var none = CancellationToken.None;

        Assert.Equal("甲问1", (await _a.GetAsync(1, none))!.Question);
        Assert.Null(await _a.GetAsync(2, none));
        Assert.Equal(["甲问2", "甲问1"], (await _a.ListRecentAsync(10, null, null, none)).Select(e => e.Question));
        Assert.Equal(["甲问2", "甲问1"], (await _a.ListRecentAsync(10, "m1", null, none)).Select(e => e.Question));
        Assert.Equal(["甲问2"], (await _a.ListRecentAsync(10, null, true, none)).Select(e => e.Question));
        Assert.Equal((1, 1), await _a.CountAsync(none));
        Assert.Equal(["甲问1"], (await _a.ListFeedbackAsync(none)).Select(f => f.Question));
        Assert.Equal(4, await _a.LastIdAsync(none));
    }

    [Fact]
    public async Task Writes_land_in_the_branch_after_the_organisations_last_id_and_never_touch_another()
    {
        var before = TwoBranchDatabase.Snapshot(_context, "B", Collections);
        var none = CancellationToken.None;

        var added = await _a.AddAsync(Entry("甲问3", AnswerOutcome.Answered), none);
        await _a.AddNumberedAsync([Entry("甲问4", AnswerOutcome.Answered) with { Id = 9 }], none);
        await _a.SaveFeedbackAsync(Feedback(1, "m2", "甲问1"), none);

        Assert.Equal(5, added.Id);
        Assert.Equal(["甲问4", "甲问3", "甲问2", "甲问1"], (await _a.ListRecentAsync(10, null, null, none)).Select(e => e.Question));
        Assert.Equal(2, (await _a.ListFeedbackAsync(none)).Count);
        Assert.Equal(before, TwoBranchDatabase.Snapshot(_context, "B", Collections));
    }

    [Fact]
    public async Task Feedback_on_another_branchs_answer_is_refused_and_changes_nothing()
    {
        var before = TwoBranchDatabase.Snapshot(_context, "B", Collections);

        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _a.SaveFeedbackAsync(Feedback(2, "m1", "改掉"), CancellationToken.None));

        Assert.Equal(before, TwoBranchDatabase.Snapshot(_context, "B", Collections));
    }

    public void Dispose() => _context.Dispose();

    private void Seed(int id, string branch, string question, AnswerOutcome outcome)
    {
        _context.Collection<AnswerLogDocument>(LiteDbCollections.KnowledgeAnswerLog).Insert(AnswerLogDocument.From(Entry(question, outcome) with { Id = id }, branch));
        if (outcome == AnswerOutcome.Answered)
        {
            _context.Collection<AnswerFeedbackDocument>(LiteDbCollections.KnowledgeFeedback).Insert(AnswerFeedbackDocument.From(Feedback(id, "m1", question), branch));
        }
    }

    private static AnswerLogEntry Entry(string question, AnswerOutcome outcome) => new() { Question = question, Outcome = outcome, AskerId = "m1", AskedAt = At };

    private static AnswerFeedback Feedback(int id, string member, string question) =>
        new() { AnswerLogId = id, Question = question, Helpful = true, MemberId = member, At = At };
}
