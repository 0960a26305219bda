namespace BranchBot.BotFramework.Turns;

/// <summary>
/// Runs the turns of one conversation one at a time, in arrival order, while different conversations run in parallel.
/// Each conversation gets a FIFO semaphore that exists only while someone holds or waits for it.
/// </summary>
public sealed class ConversationTurnGate(IConversationTurnLock acrossInstances)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public ConversationTurnGate()
        : this(InProcessTurnsOnly.Instance)
    {
    }

    public async Task<T> RunAsync<T>(string conversationKey, Func<Task<T>> turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var entry = Acquire(conversationKey);
        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
            try
            {
                await using var held = await acrossInstances.AcquireAsync(conversationKey, cancellationToken);
                return await turn();
            }
            finally
            {
                entry.Semaphore.Release();
            }
        }
        finally
        {
            Release(conversationKey, entry);
        }
    }

    /// <summary>Number of conversations with a turn running or waiting; for tests and diagnostics.</summary>
    public int ActiveConversations
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    private Entry Acquire(string key)
    {
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = new Entry();
                _entries.Add(key, entry);
            }

            entry.Users++;
            return entry;
        }
    }

    private void Release(string key, Entry entry)
    {
        lock (_entries)
        {
            entry.Users--;
            if (entry.Users == 0)
            {
                _entries.Remove(key);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        // SemaphoreSlim queues waiters in FIFO order in practice, which keeps turns in arrival order.
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
