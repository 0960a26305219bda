using BranchBot.Core.Delivery;
using BranchBot.Core.Talks;

namespace BranchBot.Tests.Storage.Contracts;

/// <summary>
/// 谈心: a submission stores the record and follow-ups, deletes the draft and queues its notice in one go; ciphertext
/// comes back as written.
/// </summary>
public abstract class TalkStoreContract : StoreContract
{
    private const string Ciphertext = "v1:kd81c0f2a:3q2+7wAAAAAAAAAAAAAAAA==";

    [SkippableFact]
    public async Task Submitting_keeps_the_ciphertext_as_written_and_deletes_the_draft()
    {
        var backend = await BackendAsync();
        var a = backend.Feedback("A");
        await a.SaveDraftAsync(new FeedbackDraft { MemberId = "m1", Date = new DateOnly(2026, 11, 25), Answers = [new ProtectedAnswer(FeedbackTopic.ThoughtAndStudy, Ciphertext)], UpdatedAt = At }, None);
        Assert.Equal(Ciphertext, (await a.GetDraftAsync("m1", None))!.Answers[0].ProtectedText);

        var record = new FeedbackRecord
        {
            Id = "fb_1", MemberId = "m1", Date = new DateOnly(2026, 11, 25), Answers = [new ProtectedAnswer(FeedbackTopic.ThoughtAndStudy, Ciphertext)], SubmittedAt = At,
        };
        await a.SubmitAsync(record, [FollowUp("fu_2", 3), FollowUp("fu_1", 1)], null, None);

        Assert.Null(await a.GetDraftAsync("m1", None));
        Assert.Equal(Ciphertext, (await a.GetAsync("fb_1", None))!.Answers[0].ProtectedText);
        Assert.Equal(["fu_1", "fu_2"], (await a.ListOpenFollowUpsAsync(None)).Select(f => f.Id));
        Assert.Empty(await backend.Feedback("B").ListAsync(None));
        Assert.Null(await backend.Feedback("B").GetFollowUpAsync("fu_1", None));
    }

    [SkippableFact]
    public async Task A_submission_queues_its_notice_in_the_outbox_and_a_refused_one_queues_nothing()
    {
        var backend = await BackendAsync();
        var notice = new DeliveryRequest("notice:talk-feedback:fb_1", ["sec", "sec"], DeliveryMessage.WithTitleButtons("党员1提交了谈心反馈", []));

        await backend.Feedback("A").SubmitAsync(Record("fb_1", "m1"), [], notice, None);
        await backend.Feedback("A").SubmitAsync(Record("fb_1b", "m1"), [], notice, None);

        var queued = Assert.Single(await backend.Delivery().GetBatchAsync(notice.BatchId, None));
        Assert.Equal(("sec", DeliveryState.Pending, At), (queued.MemberId, queued.State, queued.CreatedAt));

        // m2's draft is branch B's: A's submission for m2 is refused, and its notice is not queued either.
        await backend.Feedback("B").SaveDraftAsync(new FeedbackDraft { MemberId = "m2", Date = new DateOnly(2026, 11, 25), UpdatedAt = At }, None);
        var refused = notice with { BatchId = "notice:talk-feedback:fb_2" };
        await Assert.ThrowsAnyAsync<Exception>(async () => await backend.Feedback("A").SubmitAsync(Record("fb_2", "m2"), [], refused, None));
        Assert.Empty(await backend.Delivery().GetBatchAsync(refused.BatchId, None));
        Assert.Null(await backend.Feedback("A").GetAsync("fb_2", None));
    }

    [SkippableFact]
    public async Task Talk_records_are_listed_newest_first_for_either_side()
    {
        var backend = await BackendAsync();
        var talks = backend.Talks("A");
        await talks.SaveAsync(Talk("t1", "m1", "m2", 1), None);
        await talks.SaveAsync(Talk("t2", "m3", "m1", 5), None);
        await talks.SaveAsync(Talk("t3", "m3", "m4", 3), None);

        Assert.Equal(["t2", "t1"], (await talks.ListInvolvingAsync("m1", None)).Select(t => t.Id));
        Assert.Equal(["t3", "t1"], (await talks.ListBetweenAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 3), None)).Select(t => t.Id));
        Assert.Empty(await backend.Talks("B").ListAsync(None));
    }

    [SkippableFact]
    public async Task Talk_requests_come_back_to_their_addressee_newest_first_and_in_their_branch()
    {
        var backend = await BackendAsync();
        var talks = backend.Talks("A");
        await talks.SaveRequestAsync(new TalkRequest { Id = "tr_1", FromId = "m1", ToId = "sec", RequestedAt = At.AddDays(-3) }, None);
        await talks.SaveRequestAsync(new TalkRequest { Id = "tr_2", FromId = "m2", ToId = "sec", RequestedAt = At }, None);
        await talks.SaveRequestAsync(new TalkRequest { Id = "tr_3", FromId = "m1", ToId = "m2", RequestedAt = At }, None);

        var toSecretary = await talks.ListRequestsToAsync("sec", None);
        Assert.Equal(["tr_2", "tr_1"], toSecretary.Select(r => r.Id));
        Assert.Equal(("m1", At.AddDays(-3)), (toSecretary[1].FromId, toSecretary[1].RequestedAt));
        Assert.Empty(await backend.Talks("B").ListRequestsToAsync("sec", None));
    }

    private static FeedbackRecord Record(string id, string member) =>
        new() { Id = id, MemberId = member, Date = new DateOnly(2026, 11, 25), Answers = [new ProtectedAnswer(FeedbackTopic.ThoughtAndStudy, Ciphertext)], SubmittedAt = At };

    private static FollowUpTask FollowUp(string id, int dueDay) =>
        new() { Id = id, MemberId = "m1", FeedbackId = "fb_1", CreatedAt = At, DueDate = new DateOnly(2026, 12, dueDay) };

    private static TalkRecord Talk(string id, string author, string other, int day) =>
        new() { Id = id, AuthorId = author, OtherId = other, Date = new DateOnly(2026, 1, day), ProtectedTopics = Ciphertext, CreatedAt = At };
}

public sealed class LiteDbTalkStoreContractTests : TalkStoreContract
{
    protected override Task<StoreBackend> OpenAsync() => Task.FromResult<StoreBackend>(new LiteDbBackend());
}

public sealed class PostgresTalkStoreContractTests : TalkStoreContract
{
    protected override async Task<StoreBackend> OpenAsync() => await PostgresBackend.CreateAsync();
}
