using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Knowledge;

namespace BranchBot.Tests.Knowledge;

public sealed class KnowledgeStoreTests : IDisposable
{
    private static readonly DateTimeOffset At = BranchBot.Tests.Support.BotHarness.Start;

    private readonly LiteDbContext _database = LiteDbContext.InMemory();

    [Fact]
    public async Task Logged_questions_are_numbered_from_one_and_listed_newest_first_by_asker_and_outcome()
    {
        var log = new LiteDbAnswerLogStore(_database);
        var first = await log.AddAsync(new AnswerLogEntry { Question = "甲", Outcome = AnswerOutcome.Answered, AskerId = "m1", AskedAt = At }, CancellationToken.None);
        var second = await log.AddAsync(new AnswerLogEntry { Question = "乙", Outcome = AnswerOutcome.Uncertain, AskerId = "m1", AskedAt = At }, CancellationToken.None);
        await log.AddAsync(new AnswerLogEntry { Question = "丙", Outcome = AnswerOutcome.OutOfScope, AskerId = "m2", AskedAt = At }, CancellationToken.None);

        Assert.Equal((1, 2), (first.Id, second.Id));
        Assert.Equal(["丙", "乙"], (await log.ListRecentAsync(5, null, failed: true, CancellationToken.None)).Select(e => e.Question));
        Assert.Equal(["乙", "甲"], (await log.ListRecentAsync(5, "m1", null, CancellationToken.None)).Select(e => e.Question));
        Assert.Equal((1, 2), await log.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_second_click_by_the_same_member_on_the_same_answer_replaces_the_first()
    {
        var log = new LiteDbAnswerLogStore(_database);
        await log.SaveFeedbackAsync(new AnswerFeedback { AnswerLogId = 1, Question = "甲", Helpful = true, MemberId = "m1", At = At }, CancellationToken.None);
        await log.SaveFeedbackAsync(new AnswerFeedback { AnswerLogId = 1, Question = "甲", Helpful = false, MemberId = "m1", At = At }, CancellationToken.None);
        await log.SaveFeedbackAsync(new AnswerFeedback { AnswerLogId = 1, Question = "甲", Helpful = true, MemberId = "m2", At = At }, CancellationToken.None);

        var feedback = await log.ListFeedbackAsync(CancellationToken.None);

        Assert.Equal(2, feedback.Count);
        Assert.False(feedback.Single(f => f.MemberId == "m1").Helpful);
    }

    [Fact]
    public async Task Pending_questions_keep_their_number_state_and_times_through_an_update()
    {
        var store = new LiteDbPendingQuestionStore(_database);
        var added = await store.AddAsync(new PendingQuestion { Question = "问", AskerId = "m1", AskerName = "张三", AskedAt = At, AnswerLogId = 7 }, CancellationToken.None);
        await store.UpdateAsync(added with { State = PendingQuestionState.Answered, Answer = "答", AnsweredAt = At.AddHours(1), AnsweredByName = "王书记" }, CancellationToken.None);

        var read = await store.GetAsync(added.Number, CancellationToken.None);

        Assert.Equal(1, added.Number);
        Assert.Equal(PendingQuestionState.Answered, read!.State);
        Assert.Equal((At, At.AddHours(1), 7), (read.AskedAt, read.AnsweredAt!.Value, read.AnswerLogId!.Value));
        Assert.Null(await store.GetAsync(2, CancellationToken.None));
    }

    public void Dispose() => _database.Dispose();
}
