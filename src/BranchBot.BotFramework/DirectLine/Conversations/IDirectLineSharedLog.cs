namespace BranchBot.BotFramework.DirectLine.Conversations;

/// <summary>
/// Where the activities of Direct Line conversations live when several instances serve them (a load balancer without
/// sticky sessions): a database that numbers each conversation's activities in append order, so no two instances hand
/// out the same watermark and watermarks keep rising whichever instance a client reaches; plus a notice to the other
/// instances when a conversation got a new activity, so their open streams push it. When <see cref="IsShared"/> is
/// false (one instance) conversations live in this process's memory and nothing here is called.
/// </summary>
public interface IDirectLineSharedLog
{
    bool IsShared { get; }

    /// <summary>Records a conversation as started (or used again); true when no instance had it yet.</summary>
    Task<bool> StartAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Whether some instance started the conversation and it is still kept (DirectLine:TranscriptDays).</summary>
    Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends one activity with the conversation's next sequence, which <paramref name="write"/> turns into the
    /// activity's id and wire JSON; keeps the conversation's latest <paramref name="keep"/> activities.
    /// Throws <see cref="DirectLineStoreUnavailableException"/> when the database cannot be reached.
    /// </summary>
    Task<TranscriptEntry> AppendAsync(string conversationId, Func<long, (string ActivityId, byte[] Json)> write, DateTimeOffset now, int keep, CancellationToken cancellationToken);

    /// <summary>The conversation's activities after <paramref name="afterSequence"/>, by sequence; empty when the database cannot be reached.</summary>
    Task<IReadOnlyList<TranscriptEntry>> ReadAfterAsync(string conversationId, long afterSequence, CancellationToken cancellationToken);

    /// <summary>Tells the other instances that the conversation has a new activity.</summary>
    ValueTask AnnounceAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Calls <paramref name="appended"/> when another instance announces an activity of the conversation (or notices may have been missed).</summary>
    IDisposable Watch(string conversationId, Action appended);
}

/// <summary>The shared database could not be reached: the activity was not appended (the client or the outbox tries again).</summary>
public sealed class DirectLineStoreUnavailableException(string message, Exception inner) : Exception(message, inner);

/// <summary>One instance alone: every conversation lives in this process's memory.</summary>
public sealed class UnsharedDirectLineLog : IDirectLineSharedLog
{
    public static UnsharedDirectLineLog Instance { get; } = new();

    public bool IsShared => false;

    public Task<bool> StartAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken) => throw NotShared();

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) => throw NotShared();

    public Task<TranscriptEntry> AppendAsync(string conversationId, Func<long, (string ActivityId, byte[] Json)> write, DateTimeOffset now, int keep, CancellationToken cancellationToken) => throw NotShared();

    public Task<IReadOnlyList<TranscriptEntry>> ReadAfterAsync(string conversationId, long afterSequence, CancellationToken cancellationToken) => throw NotShared();

    public ValueTask AnnounceAsync(string conversationId, CancellationToken cancellationToken) => throw NotShared();

    public IDisposable Watch(string conversationId, Action appended) => throw NotShared();

    private static InvalidOperationException NotShared() => new("Conversations are not shared: the conversation store keeps them in memory and never calls this.");
}
