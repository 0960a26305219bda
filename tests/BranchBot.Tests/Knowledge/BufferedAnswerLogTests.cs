using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// The answer log written behind the reply: numbers are given out at once and in order, queued entries read as stored
/// ones, and a normal stop writes every queued entry to the file.
/// </summary>
public sealed class BufferedAnswerLogTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 4, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-answerlog-");
    private readonly FakeTimeProvider _time = new(Noon);

    private string Connection => $"Filename={Path.Combine(_folder.FullName, "bot.db")};Connection=shared";

    [Fact]
    public async Task Every_entry_queued_before_a_normal_stop_is_in_the_file_afterwards_under_its_number()
    {
        var given = new List<int>();
        using (var context = LiteDbContext.Open(Connection))
        {
            var log = new BufferedAnswerLogStore(new LiteDbAnswerLogStore(context), () => { }, _time, NullLogger<BufferedAnswerLogStore>.Instance);
            await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
            {
                for (var i = 0; i < 250; i++)
                {
                    var entry = await log.AddAsync(Entry($"问题{worker}-{i}", failed: i % 4 == 0), CancellationToken.None);
                    lock (given)
                    {
                        given.Add(entry.Id);
                    }
                }
            })));
            await log.DisposeAsync();
        }

        Assert.Equal(Enumerable.Range(1, 2000), given.Order());
        using var reopened = LiteDbContext.Open(Connection);
        var stored = new LiteDbAnswerLogStore(reopened);
        Assert.Equal((2000 - (8 * 63), 8 * 63), await stored.CountAsync(CancellationToken.None));
        Assert.StartsWith("问题", (await stored.GetAsync(2000, CancellationToken.None))!.Question);
    }

    [Fact]
    public async Task Queued_entries_read_as_stored_ones_and_numbering_goes_on_from_the_files_last_entry()
    {
        using var context = LiteDbContext.Open(Connection);
        var inner = new LiteDbAnswerLogStore(context);
        await inner.AddAsync(Entry("旧问题一", failed: false), CancellationToken.None);
        await inner.AddAsync(Entry("旧问题二", failed: true), CancellationToken.None);

        var blocked = new BlockingStore(inner);
        var log = new BufferedAnswerLogStore(blocked, () => { }, _time, NullLogger<BufferedAnswerLogStore>.Instance);
        var first = await log.AddAsync(Entry("三会一课是什么", failed: false, asker: "p1"), CancellationToken.None);
        await blocked.Writing.WaitAsync(TimeSpan.FromSeconds(10));
        var second = await log.AddAsync(Entry("今天天气怎么样", failed: true, asker: "p1"), CancellationToken.None);
        Assert.Equal((3, 4), (first.Id, second.Id));

        // The first entry's write is held and the second waits behind it: neither is in the file yet.
        Assert.Equal((1, 1), await inner.CountAsync(CancellationToken.None));
        Assert.Equal("三会一课是什么", (await log.GetAsync(3, CancellationToken.None))!.Question);
        Assert.Equal("今天天气怎么样", (await log.GetAsync(4, CancellationToken.None))!.Question);

        // A count or list waits for the write under way, then adds what is still queued (the second entry).
        var counted = log.CountAsync(CancellationToken.None).AsTask();
        var failedOnes = log.ListRecentAsync(5, askerId: null, failed: true, CancellationToken.None).AsTask();
        var asked = log.ListRecentAsync(5, askerId: "p1", failed: null, CancellationToken.None).AsTask();
        blocked.Release();
        Assert.Equal((2, 2), await counted);
        Assert.Equal([4, 2], (await failedOnes).Select(e => e.Id));
        Assert.Equal([4, 3], (await asked).Select(e => e.Id));

        await log.DisposeAsync();
        Assert.Equal((2, 2), await inner.CountAsync(CancellationToken.None));
        Assert.Equal("今天天气怎么样", (await inner.GetAsync(4, CancellationToken.None))!.Question);
    }

    [Fact]
    public async Task The_server_s_container_writes_the_queued_entries_when_it_is_disposed()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddLiteDbStorage(Connection, _folder.FullName);
        await using (var provider = services.BuildServiceProvider())
        {
            var log = provider.GetRequiredService<IAnswerLogStore>();
            Assert.IsType<BufferedAnswerLogStore>(log);
            for (var i = 0; i < 300; i++)
            {
                await log.AddAsync(Entry($"问题{i}", failed: false), CancellationToken.None);
            }
        }

        using var reopened = LiteDbContext.Open(Connection);
        Assert.Equal((300, 0), await new LiteDbAnswerLogStore(reopened).CountAsync(CancellationToken.None));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static AnswerLogEntry Entry(string question, bool failed, string? asker = null) => new()
    {
        Question = question,
        Outcome = failed ? AnswerOutcome.OutOfScope : AnswerOutcome.Answered,
        AskerId = asker,
        AskedAt = Noon,
    };

    /// <summary>Holds every batch write until released, so the test can read while entries are only queued.</summary>
    private sealed class BlockingStore(INumberedAnswerLogStore inner) : INumberedAnswerLogStore
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _writing = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes when the first batch write has begun.</summary>
        public Task Writing => _writing.Task;

        public void Release() => _released.TrySetResult();

        public async ValueTask AddNumberedAsync(IReadOnlyList<AnswerLogEntry> entries, CancellationToken cancellationToken)
        {
            _writing.TrySetResult();
            await _released.Task;
            await inner.AddNumberedAsync(entries, cancellationToken);
        }

        public ValueTask<AnswerLogEntry> AddAsync(AnswerLogEntry entry, CancellationToken cancellationToken) => inner.AddAsync(entry, cancellationToken);

        public ValueTask<int> LastIdAsync(CancellationToken cancellationToken) => inner.LastIdAsync(cancellationToken);

        public ValueTask<AnswerLogEntry?> GetAsync(int id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

        public ValueTask<IReadOnlyList<AnswerLogEntry>> ListRecentAsync(int count, string? askerId, bool? failed, CancellationToken cancellationToken) =>
            inner.ListRecentAsync(count, askerId, failed, cancellationToken);

        public ValueTask<(int Answered, int Failed)> CountAsync(CancellationToken cancellationToken) => inner.CountAsync(cancellationToken);

        public ValueTask SaveFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken) => inner.SaveFeedbackAsync(feedback, cancellationToken);

        public ValueTask<IReadOnlyList<AnswerFeedback>> ListFeedbackAsync(CancellationToken cancellationToken) => inner.ListFeedbackAsync(cancellationToken);
    }
}
