using BranchBot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace BranchBot.Core.Conversations;

/// <summary>
/// Takes the dialog stack's write off the reply's path (<see cref="LatestWriteBuffer{TValue}"/>: every conversation's
/// latest state stored in one background write, read back at once, all stored at a normal stop).
/// The stack is what the next message continues from: losing the last moments of it to a crash means a member may
/// be asked the same question again, never that anything is done twice (dialogs that create something carry their
/// key in the stack; see docs/internals.md).
/// </summary>
public sealed class BufferedConversationStateStore : IConversationStateStore, IAsyncDisposable
{
    private readonly IConversationStateBatchStore _inner;
    private readonly LatestWriteBuffer<ConversationStateRecord> _buffer;

    /// <param name="refuseWhenFull">See <see cref="LatestWriteBuffer{TValue}"/>: a full disk is still refused in the turn.</param>
    public BufferedConversationStateStore(IConversationStateBatchStore inner, Action refuseWhenFull, TimeProvider time, ILogger<BufferedConversationStateStore> logger)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _buffer = new LatestWriteBuffer<ConversationStateRecord>(inner.WriteAsync, refuseWhenFull, time, logger, "the dialog state");
    }

    public ValueTask<ConversationStateRecord?> GetAsync(string key, CancellationToken cancellationToken) =>
        _buffer.TryGet(key, out var latest) ? ValueTask.FromResult(latest) : _inner.GetAsync(key, cancellationToken);

    public ValueTask SaveAsync(ConversationStateRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _buffer.Change(record.Key, record) ? ValueTask.CompletedTask : _inner.SaveAsync(record, cancellationToken);
    }

    public ValueTask DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _buffer.Change(key, null) ? ValueTask.CompletedTask : _inner.DeleteAsync(key, cancellationToken);
    }

    /// <summary>Stores every change made before it, then stops the writer.</summary>
    public ValueTask DisposeAsync() => _buffer.DisposeAsync();
}
