using System.Text.Json;
using BranchBot.BotFramework.DirectLine.Streaming;
using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.DirectLine.Conversations;

/// <summary>
/// One conversation's transcript (user and bot activities, bounded) and its open streams.
/// Sequences start from the creation time in microseconds, so a conversation recreated after a restart keeps
/// ids unique and watermarks increasing for clients that were connected before. Every activity is also handed to
/// the <see cref="IDirectLineTranscriptStore"/>; a conversation recreated from it continues after its last sequence.
/// When instances share the conversations (<see cref="IDirectLineSharedLog"/>), the database numbers the activities and
/// this object is only a cache of the latest ones and the home of this instance's streams: <see cref="SyncAsync"/>
/// reads what any instance appended after the last sequence held and pushes it, each activity once per stream.
/// </summary>
internal sealed class DirectLineConversation
{
    private readonly Lock _lock = new();
    private readonly Queue<StoredActivity> _activities = new();
    private readonly List<StreamSubscription> _streams = [];
    private readonly DirectLineOptions _options;
    private readonly IDirectLineTranscriptStore _transcript;
    private readonly IDirectLineSharedLog? _shared;
    private readonly SemaphoreSlim _syncGate = new(1, 1);
    private IDisposable? _watch;
    private long _nextSequence;
    private long _lastSequence;
    private long _bytes;
    private bool _closed;

    public DirectLineConversation(string id, DirectLineOptions options, DateTimeOffset createdAt, IDirectLineTranscriptStore transcript, IReadOnlyList<TranscriptEntry> restored, IDirectLineSharedLog? shared = null)
    {
        Id = id;
        _options = options;
        _transcript = transcript;
        _shared = shared;
        foreach (var entry in restored)
        {
            _activities.Enqueue(new StoredActivity(entry.Sequence, entry.ActivityId, entry.Json));
            _bytes += entry.Json.Length;
        }

        Trim();
        var afterRestored = restored.Count > 0 ? restored[^1].Sequence + 1 : 0;
        _nextSequence = Math.Max(Math.Max(1, createdAt.ToUnixTimeMilliseconds() * 1000), afterRestored);
        _lastSequence = shared is null ? _nextSequence - 1 : (restored.Count > 0 ? restored[^1].Sequence : 0);
        LastUsed = createdAt;
    }

    public string Id { get; }

    public DateTimeOffset LastUsed { get; private set; }

    /// <summary>
    /// Gives the activity its id and timestamp, keeps it, and pushes it to every open stream; when shared, the database
    /// numbers it, and the other instances hear of it. Throws <see cref="DirectLineStoreUnavailableException"/> when
    /// the shared database cannot be reached.
    /// </summary>
    public async ValueTask<StoredActivity> AppendAsync(Activity activity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_shared is null)
        {
            return Append(activity, now);
        }

        var stored = await WriteToSharedLogAsync(_shared, Id, activity, now, _options, cancellationToken).ConfigureAwait(false);
        Touch(now);
        await SyncAsync(cancellationToken).ConfigureAwait(false);
        await _shared.AnnounceAsync(Id, cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>
    /// Appends to a shared conversation without holding it here (the bot's sends to conversations whose streams are
    /// elsewhere); the caller announces it.
    /// </summary>
    public static async Task<StoredActivity> WriteToSharedLogAsync(IDirectLineSharedLog shared, string conversationId, Activity activity, DateTimeOffset now, DirectLineOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(options);
        activity.Timestamp = now;
        activity.Conversation ??= new ConversationAccount();
        activity.Conversation.Id = conversationId;
        var entry = await shared.AppendAsync(
            conversationId,
            sequence =>
            {
                activity.Id = $"{conversationId}|{ActivitySetJson.FormatWatermark(sequence)}";
                return (activity.Id, JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options));
            },
            now,
            options.MaxActivitiesPerConversation,
            cancellationToken).ConfigureAwait(false);
        return new StoredActivity(entry.Sequence, entry.ActivityId, entry.Json);
    }

    /// <summary>
    /// Shared conversations only: takes in what any instance appended after the last sequence held, in order, and
    /// pushes it to this instance's streams. One sync at a time, so nothing is taken in twice or out of order.
    /// </summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        if (_shared is null)
        {
            return;
        }

        await _syncGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            long after;
            lock (_lock)
            {
                after = _lastSequence;
            }

            var entries = await _shared.ReadAfterAsync(Id, after, cancellationToken).ConfigureAwait(false);
            lock (_lock)
            {
                List<StoredActivity> fresh = [];
                foreach (var entry in entries.Where(e => e.Sequence > _lastSequence))
                {
                    var stored = new StoredActivity(entry.Sequence, entry.ActivityId, entry.Json);
                    _activities.Enqueue(stored);
                    _bytes += stored.Json.Length;
                    _lastSequence = entry.Sequence;
                    fresh.Add(stored);
                }

                if (fresh.Count > 0)
                {
                    Trim();
                    Publish(fresh);
                }
            }
        }
        finally
        {
            _syncGate.Release();
        }
    }

    private StoredActivity Append(Activity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_lock)
        {
            var sequence = _nextSequence++;
            activity.Id = $"{Id}|{ActivitySetJson.FormatWatermark(sequence)}";
            activity.Timestamp = now;
            activity.Conversation ??= new ConversationAccount();
            activity.Conversation.Id = Id;
            var stored = new StoredActivity(sequence, activity.Id, JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options));
            _activities.Enqueue(stored);
            _bytes += stored.Json.Length;
            _lastSequence = sequence;
            LastUsed = now;
            Trim();
            _transcript.Append(Id, new TranscriptEntry(sequence, stored.Id, stored.Json, now), _activities.Peek().Sequence);
            Publish([stored]);
            return stored;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> (all kept ones when null) and the new watermark.</summary>
    public (IReadOnlyList<StoredActivity> Activities, long? Watermark) ReadAfter(long? watermark, DateTimeOffset now)
    {
        lock (_lock)
        {
            LastUsed = now;
            var page = _activities.Where(a => watermark is null || a.Sequence > watermark).ToList();
            long? next = page.Count > 0 ? page[^1].Sequence : watermark ?? (_activities.Count > 0 ? _lastSequence : null);
            return (page, next);
        }
    }

    /// <summary>Opens a stream that first receives everything after the watermark, then each new activity; null when too many are open.</summary>
    public StreamSubscription? Subscribe(long? watermark, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_closed || _streams.Count >= _options.MaxStreamsPerConversation)
            {
                return null;
            }

            LastUsed = now;
            var subscription = new StreamSubscription(Unsubscribe, watermark);
            var backlog = _activities.Where(a => watermark is null || a.Sequence > watermark).ToList();
            if (backlog.Count > 0)
            {
                subscription.TryPush(ActivitySetJson.Write(backlog, backlog[^1].Sequence), backlog[^1].Sequence);
            }

            _streams.Add(subscription);
            _watch ??= _shared?.Watch(Id, OnAppendedElsewhere);
            return subscription;
        }
    }

    public void Touch(DateTimeOffset now)
    {
        lock (_lock)
        {
            LastUsed = now;
        }
    }

    /// <summary>Called when the conversation is forgotten: open streams end, their clients reconnect.</summary>
    public void Close()
    {
        lock (_lock)
        {
            _closed = true;
            foreach (var stream in _streams)
            {
                stream.Complete();
            }

            _streams.Clear();
            StopWatching();
        }
    }

    private void Unsubscribe(StreamSubscription subscription)
    {
        lock (_lock)
        {
            _streams.Remove(subscription);
            if (_streams.Count == 0)
            {
                StopWatching();
            }
        }
    }

    /// <summary>Called on the notice listener's thread, which must not wait for the database.</summary>
    private void OnAppendedElsewhere() => _ = Task.Run(() => SyncAsync(CancellationToken.None));

    private void StopWatching()
    {
        _watch?.Dispose();
        _watch = null;
    }

    private void Trim()
    {
        while (_activities.Count > 1 && (_activities.Count > _options.MaxActivitiesPerConversation || _bytes > _options.MaxBytesPerConversation))
        {
            _bytes -= _activities.Dequeue().Json.Length;
        }
    }

    /// <summary>
    /// Pushes new activities (in sequence order) to every stream. A stream opened from a watermark this instance had
    /// not reached yet (its client read further on another instance) gets only what lies after that watermark.
    /// </summary>
    private void Publish(List<StoredActivity> fresh)
    {
        var last = fresh[^1].Sequence;
        byte[]? whole = null;
        for (var i = _streams.Count - 1; i >= 0; i--)
        {
            var stream = _streams[i];
            if (stream.Delivered is { } delivered && delivered >= fresh[0].Sequence)
            {
                var unseen = fresh.Where(a => a.Sequence > delivered).ToList();
                if (unseen.Count > 0 && !stream.TryPush(ActivitySetJson.Write(unseen, last), last))
                {
                    _streams.RemoveAt(i);
                }

                continue;
            }

            whole ??= ActivitySetJson.Write(fresh, last);
            if (!stream.TryPush(whole, last))
            {
                _streams.RemoveAt(i);
            }
        }
    }
}
