using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Knowledge.Questions;

namespace BranchBot.Tests.Storage.Contracts;

/// <summary>待答 numbers per branch, the answer log's organisation-wide ids and feedback, on either database.</summary>
public abstract class KnowledgeStoreContract : StoreContract
{
    [SkippableFact]
    public async Task Pending_questions_are_numbered_per_branch()
    {
        var backend = await BackendAsync();
        var a = backend.Questions("A");
        var first = await a.AddAsync(Question("党费怎么交"), None);
        var second = await a.AddAsync(Question("何时开会"), None);
        var other = await backend.Questions("B").AddAsync(Question("乙的问题"), None);
        await a.UpdateAsync(second with { State = PendingQuestionState.Answered, Answer = "周五" }, None);

        Assert.Equal((1, 2, 1), (first.Number, second.Number, other.Number));
        Assert.Equal(["党费怎么交", "何时开会"], (await a.ListAsync(None)).Select(q => q.Question));
        Assert.Equal("周五", (await a.GetAsync(2, None))!.Answer);
        Assert.Equal("乙的问题", (await backend.Questions("B").GetAsync(1, None))!.Question);
    }

    [SkippableFact]
    public async Task The_answer_log_numbers_across_branches_filters_and_keeps_one_feedback_per_member()
    {
        var backend = await BackendAsync();
        var a = backend.AnswerLog("A");
        var answered = await a.AddAsync(Entry("问一", AnswerOutcome.Answered, "m1"), None);
        var other = await backend.AnswerLog("B").AddAsync(Entry("乙问", AnswerOutcome.Answered, "m9"), None);
        var failed = await a.AddAsync(Entry("问二", AnswerOutcome.OutOfScope, "m2"), None);

        Assert.True(answered.Id < other.Id && other.Id < failed.Id);
        Assert.Null(await a.GetAsync(other.Id, None));
        Assert.Equal(["问二", "问一"], (await a.ListRecentAsync(10, null, null, None)).Select(e => e.Question));
        Assert.Equal(["问二"], (await a.ListRecentAsync(10, null, true, None)).Select(e => e.Question));
        Assert.Equal(["问一"], (await a.ListRecentAsync(10, "m1", null, None)).Select(e => e.Question));
        Assert.Equal((1, 1), await a.CountAsync(None));

        await a.SaveFeedbackAsync(Feedback(answered.Id, helpful: false), None);
        await a.SaveFeedbackAsync(Feedback(answered.Id, helpful: true), None);
        Assert.True(Assert.Single(await a.ListFeedbackAsync(None)).Helpful);
        await Assert.ThrowsAnyAsync<InvalidOperationException>(async () => await a.SaveFeedbackAsync(Feedback(other.Id, helpful: true), None));
    }

    private static PendingQuestion Question(string text) => new() { Question = text, AskerId = "m1", AskerName = "张三", AskedAt = At };

    private static AnswerLogEntry Entry(string question, AnswerOutcome outcome, string asker) =>
        new() { Question = question, Outcome = outcome, AskerId = asker, AskedAt = At };

    private static AnswerFeedback Feedback(int id, bool helpful) =>
        new() { AnswerLogId = id, Question = "问一", Helpful = helpful, MemberId = "m1", At = At };
}

public sealed class LiteDbKnowledgeStoreContractTests : KnowledgeStoreContract
{
    protected override Task<StoreBackend> OpenAsync() => Task.FromResult<StoreBackend>(new LiteDbBackend());
}

public sealed class PostgresKnowledgeStoreContractTests : KnowledgeStoreContract
{
    protected override async Task<StoreBackend> OpenAsync() => await PostgresBackend.CreateAsync();
}
