using BranchBot.Core.Talks;

namespace BranchBot.Tests.Storage.Contracts;

/// <summary>谈心: a submission stores the record and follow-ups and deletes the draft in one go; ciphertext comes back as written.</summary>
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
        await a.SubmitAsync(record, [FollowUp("fu_2", 3), FollowUp("fu_1", 1)], None);

        Assert.Null(await a.GetDraftAsync("m1", None));
        Assert.Equal(Ciphertext, (await a.GetAsync("fb_1", None))!.Answers[0].ProtectedText);
        Assert.Equal(["fu_1", "fu_2"], (await a.ListOpenFollowUpsAsync(None)).Select(f => f.Id));
        Assert.Empty(await backend.Feedback("B").ListAsync(None));
        Assert.Null(await backend.Feedback("B").GetFollowUpAsync("fu_1", None));
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
