using BranchBot.Core.Delivery;
using BranchBot.Core.Talks;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Talks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.Talks;

/// <summary>
/// 谈心 drafts written behind the reply: a read sees the latest answer at once (from memory once known), a normal stop
/// stores every member's latest draft, and a submission takes the member's queued draft over (its transaction deletes
/// the draft) or waits for the member's own draft already being written (only), so a late draft write can never come
/// back after it; a failed submission puts the draft back.
/// </summary>
public sealed class BufferedFeedbackStoreTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 4, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 3);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-drafts-");
    private readonly FakeTimeProvider _time = new(Noon);

    private string Connection => $"Filename={Path.Combine(_folder.FullName, "bot.db")};Connection=shared";

    [Fact]
    public async Task Each_members_latest_draft_is_read_at_once_and_stored_by_a_normal_stop()
    {
        using (var context = LiteDbContext.Open(Connection))
        {
            var drafts = Buffered(new LiteDbFeedbackStore(context));
            await Task.WhenAll(Enumerable.Range(0, 40).Select(m => Task.Run(async () =>
            {
                foreach (var topic in Enum.GetValues<FeedbackTopic>())
                {
                    await drafts.SaveDraftAsync(Draft($"m{m}", topic), CancellationToken.None);
                    Assert.Equal(topic, (await drafts.GetDraftAsync($"m{m}", CancellationToken.None))!.Answers[^1].Topic);
                }

                if (m % 4 == 0)
                {
                    await drafts.DeleteDraftAsync($"m{m}", CancellationToken.None);
                    Assert.Null(await drafts.GetDraftAsync($"m{m}", CancellationToken.None));
                }
            })));
            await drafts.DisposeAsync();
        }

        using var reopened = LiteDbContext.Open(Connection);
        var stored = new LiteDbFeedbackStore(reopened);
        var last = Enum.GetValues<FeedbackTopic>()[^1];
        for (var m = 0; m < 40; m++)
        {
            var draft = await stored.GetDraftAsync($"m{m}", CancellationToken.None);
            Assert.Equal(m % 4 == 0 ? null : last, draft?.Answers[^1].Topic);
        }
    }

    [Fact]
    public async Task A_submission_waits_for_the_draft_being_written_and_the_draft_never_comes_back()
    {
        using var context = LiteDbContext.Open(Connection);
        var held = new HeldDraftWrites(new LiteDbFeedbackStore(context));
        var drafts = Buffered(held);
        await drafts.SaveDraftAsync(Draft("m1", FeedbackTopic.WorkDifficulties), CancellationToken.None);
        await held.Writing.WaitAsync(TimeSpan.FromSeconds(10));

        var submitting = drafts.SubmitAsync(Record("m1"), [], null, CancellationToken.None).AsTask();
        await Task.Delay(200);
        Assert.False(submitting.IsCompleted);
        held.Release();
        await submitting.WaitAsync(TimeSpan.FromSeconds(10));
        await drafts.DisposeAsync();

        var stored = new LiteDbFeedbackStore(context);
        Assert.Null(await stored.GetDraftAsync("m1", CancellationToken.None));
        Assert.Single(await stored.ListByMemberAsync("m1", CancellationToken.None));
    }

    [Fact]
    public async Task A_submission_does_not_wait_for_other_members_drafts_being_written()
    {
        using var context = LiteDbContext.Open(Connection);
        var held = new HeldDraftWrites(new LiteDbFeedbackStore(context), holdMember: "m2");
        var drafts = Buffered(held);
        await drafts.SaveDraftAsync(Draft("m1", FeedbackTopic.BranchSuggestions), CancellationToken.None);
        await held.Stored("m1").WaitAsync(TimeSpan.FromSeconds(10));
        await drafts.SaveDraftAsync(Draft("m2", FeedbackTopic.WorkDifficulties), CancellationToken.None);
        await held.Writing.WaitAsync(TimeSpan.FromSeconds(10));

        // m2's draft is stuck on its way to the disk; m1's submission goes through all the same.
        await drafts.SubmitAsync(Record("m1"), [], null, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Null(await drafts.GetDraftAsync("m1", CancellationToken.None));

        held.Release();
        await drafts.DisposeAsync();
        var stored = new LiteDbFeedbackStore(context);
        Assert.Null(await stored.GetDraftAsync("m1", CancellationToken.None));
        Assert.NotNull(await stored.GetDraftAsync("m2", CancellationToken.None));
        Assert.Single(await stored.ListByMemberAsync("m1", CancellationToken.None));
    }

    [Fact]
    public async Task A_draft_still_queued_when_the_member_submits_is_never_written_and_the_submission_does_not_wait_for_it()
    {
        using var context = LiteDbContext.Open(Connection);
        var held = new HeldDraftWrites(new LiteDbFeedbackStore(context), holdMember: "m2");
        var drafts = Buffered(held);
        await drafts.SaveDraftAsync(Draft("m2", FeedbackTopic.WorkDifficulties), CancellationToken.None);
        await held.Writing.WaitAsync(TimeSpan.FromSeconds(10));

        // The writer is stuck on m2's draft, so m1's last answer is still queued when m1 submits.
        await drafts.SaveDraftAsync(Draft("m1", FeedbackTopic.BranchSuggestions), CancellationToken.None);
        await drafts.SubmitAsync(Record("m1"), [], null, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        held.Release();
        await drafts.DisposeAsync();
        Assert.Equal(0, held.DraftWrites("m1"));
        var stored = new LiteDbFeedbackStore(context);
        Assert.Null(await stored.GetDraftAsync("m1", CancellationToken.None));
        Assert.Single(await stored.ListByMemberAsync("m1", CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_submission_keeps_the_members_last_answer()
    {
        using var context = LiteDbContext.Open(Connection);
        var held = new HeldDraftWrites(new LiteDbFeedbackStore(context), holdMember: "m2") { FailSubmissions = true };
        var drafts = Buffered(held);
        await drafts.SaveDraftAsync(Draft("m2", FeedbackTopic.WorkDifficulties), CancellationToken.None);
        await held.Writing.WaitAsync(TimeSpan.FromSeconds(10));
        await drafts.SaveDraftAsync(Draft("m1", FeedbackTopic.BranchSuggestions), CancellationToken.None);

        await Assert.ThrowsAsync<IOException>(() => drafts.SubmitAsync(Record("m1"), [], null, CancellationToken.None).AsTask());
        Assert.Equal(FeedbackTopic.BranchSuggestions, (await drafts.GetDraftAsync("m1", CancellationToken.None))!.Answers[^1].Topic);

        held.Release();
        await drafts.DisposeAsync();
        var stored = new LiteDbFeedbackStore(context);
        Assert.Equal(FeedbackTopic.BranchSuggestions, (await stored.GetDraftAsync("m1", CancellationToken.None))!.Answers[^1].Topic);
        Assert.Empty(await stored.ListByMemberAsync("m1", CancellationToken.None));
    }

    [Fact]
    public async Task Submissions_made_at_the_same_time_are_stored_together_each_with_its_draft_deleted()
    {
        using (var context = LiteDbContext.Open(Connection))
        {
            var talks = Buffered(new LiteDbFeedbackStore(context));
            foreach (var m in Enumerable.Range(0, 30))
            {
                await talks.SaveDraftAsync(Draft($"m{m}", FeedbackTopic.BranchSuggestions), CancellationToken.None);
            }

            await Task.WhenAll(Enumerable.Range(0, 30).Select(m =>
                talks.SubmitAsync(Record($"m{m}"), [], null, CancellationToken.None).AsTask())).WaitAsync(TimeSpan.FromSeconds(10));
            foreach (var m in Enumerable.Range(0, 30))
            {
                Assert.Null(await talks.GetDraftAsync($"m{m}", CancellationToken.None));
            }

            await talks.DisposeAsync();
        }

        using var reopened = LiteDbContext.Open(Connection);
        var stored = new LiteDbFeedbackStore(reopened);
        Assert.Equal(30, (await stored.ListAsync(CancellationToken.None)).Count);
        Assert.Equal(0, reopened.Collection<LiteDB.BsonDocument>(LiteDbCollections.FeedbackDrafts).Count());
    }

    [Fact]
    public async Task A_known_draft_is_read_from_memory_and_follows_every_change()
    {
        using var context = LiteDbContext.Open(Connection);
        var counted = new HeldDraftWrites(new LiteDbFeedbackStore(context), holdMember: null);
        var drafts = Buffered(counted);

        Assert.Null(await drafts.GetDraftAsync("m1", CancellationToken.None));
        Assert.Null(await drafts.GetDraftAsync("m1", CancellationToken.None));
        Assert.Equal(1, counted.Reads);

        await drafts.SaveDraftAsync(Draft("m1", FeedbackTopic.ThoughtAndStudy), CancellationToken.None);
        await drafts.SaveDraftAsync(Draft("m1", FeedbackTopic.WorkDifficulties), CancellationToken.None);
        await counted.Stored("m1").WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(FeedbackTopic.WorkDifficulties, (await drafts.GetDraftAsync("m1", CancellationToken.None))!.Answers[^1].Topic);

        await drafts.SubmitAsync(Record("m1"), [], null, CancellationToken.None);
        Assert.Null(await drafts.GetDraftAsync("m1", CancellationToken.None));
        Assert.Equal(1, counted.Reads);
        await drafts.DisposeAsync();
    }

    [Fact]
    public async Task The_server_s_container_buffers_drafts_in_shared_mode_and_stores_them_when_disposed()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddLiteDbStorage(Connection, _folder.FullName);
        await using (var provider = services.BuildServiceProvider())
        {
            var drafts = provider.GetRequiredService<IFeedbackStore>();
            Assert.IsType<BufferedFeedbackStore>(drafts);
            for (var m = 0; m < 50; m++)
            {
                await drafts.SaveDraftAsync(Draft($"m{m}", FeedbackTopic.ThoughtAndStudy), CancellationToken.None);
            }
        }

        using var reopened = LiteDbContext.Open(Connection);
        Assert.Equal(50, reopened.Collection<LiteDB.BsonDocument>(LiteDbCollections.FeedbackDrafts).Count());
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private BufferedFeedbackStore Buffered(IFeedbackDraftBatchStore inner) =>
        new(inner, () => { }, _time, NullLogger<BufferedFeedbackStore>.Instance);

    private static FeedbackDraft Draft(string memberId, FeedbackTopic upTo) => new()
    {
        MemberId = memberId,
        Date = Today,
        Answers = [.. Enum.GetValues<FeedbackTopic>().Where(t => t <= upTo).Select(t => new ProtectedAnswer(t, "cipher-" + t))],
        UpdatedAt = Noon,
    };

    private static FeedbackRecord Record(string memberId) => new()
    {
        Id = FeedbackRecord.NewId(),
        MemberId = memberId,
        Date = Today,
        Answers = Draft(memberId, Enum.GetValues<FeedbackTopic>()[^1]).Answers,
        SubmittedAt = Noon,
    };

    /// <summary>
    /// Holds the first draft write (or, given a member, the first write holding that member's draft) until released;
    /// everything else goes straight through. Counts the reads of single drafts and tells when a member's draft is stored.
    /// </summary>
    private sealed class HeldDraftWrites(LiteDbFeedbackStore inner, string? holdMember = "") : IFeedbackDraftBatchStore
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _writing = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> _stored = new();
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _draftWrites = new();
        private int _reads;

        public Task Writing => _writing.Task;

        public bool FailSubmissions { get; init; }

        public int DraftWrites(string memberId) => _draftWrites.GetValueOrDefault(memberId);

        public int Reads => Volatile.Read(ref _reads);

        public void Release() => _released.TrySetResult();

        public Task Stored(string memberId) => _stored.GetOrAdd(memberId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public async ValueTask WriteDraftsAsync(IReadOnlyCollection<KeyValuePair<string, FeedbackDraft?>> changes, CancellationToken cancellationToken)
        {
            var hold = holdMember switch
            {
                null => false,
                "" => true,
                var member => changes.Any(change => change.Key == member),
            };
            if (hold)
            {
                _writing.TrySetResult();
                await _released.Task;
            }

            await inner.WriteDraftsAsync(changes, cancellationToken);
            foreach (var change in changes)
            {
                _draftWrites.AddOrUpdate(change.Key, 1, (_, count) => count + 1);
                _stored.GetOrAdd(change.Key, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }
        }

        public ValueTask<FeedbackDraft?> GetDraftAsync(string memberId, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            return inner.GetDraftAsync(memberId, cancellationToken);
        }

        public ValueTask SaveDraftAsync(FeedbackDraft draft, CancellationToken cancellationToken) => inner.SaveDraftAsync(draft, cancellationToken);

        public ValueTask DeleteDraftAsync(string memberId, CancellationToken cancellationToken) => inner.DeleteDraftAsync(memberId, cancellationToken);

        public ValueTask SubmitAsync(FeedbackRecord record, IReadOnlyList<FollowUpTask> followUps, DeliveryRequest? notice, CancellationToken cancellationToken) =>
            inner.SubmitAsync(record, followUps, notice, cancellationToken);

        public ValueTask SubmitAllAsync(IReadOnlyList<FeedbackSubmission> submissions, CancellationToken cancellationToken) =>
            FailSubmissions ? throw new IOException("The disk is gone.") : inner.SubmitAllAsync(submissions, cancellationToken);

        public ValueTask<FeedbackRecord?> GetAsync(string feedbackId, CancellationToken cancellationToken) => inner.GetAsync(feedbackId, cancellationToken);

        public ValueTask<IReadOnlyList<FeedbackRecord>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

        public ValueTask<IReadOnlyList<FeedbackRecord>> ListByMemberAsync(string memberId, CancellationToken cancellationToken) =>
            inner.ListByMemberAsync(memberId, cancellationToken);

        public ValueTask<FollowUpTask?> GetFollowUpAsync(string followUpId, CancellationToken cancellationToken) => inner.GetFollowUpAsync(followUpId, cancellationToken);

        public ValueTask<IReadOnlyList<FollowUpTask>> ListOpenFollowUpsAsync(CancellationToken cancellationToken) => inner.ListOpenFollowUpsAsync(cancellationToken);

        public ValueTask SaveFollowUpAsync(FollowUpTask task, CancellationToken cancellationToken) => inner.SaveFollowUpAsync(task, cancellationToken);
    }
}
