using System.Text.Json;
using BranchBot.BotFramework.DirectLine.Streaming;
using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.DirectLine.Conversations;

/// <summary>
/// One conversation's transcript (user and bot activities, bounded) and its open streams.
/// Sequences start from the creation time in microseconds, so a conversation recreated after a restart keeps
/// ids unique and watermarks increasing for clients that were connected before. Every activity is also handed to
/// the <see cref="IDirectLineTranscriptStore"/>; a conversation recreated from it continues after its last sequence.
/// </summary>
internal sealed class DirectLineConversation
{
    private readonly Lock _lock = new();
    private readonly Queue<StoredActivity> _activities = new();
    private readonly List<StreamSubscription> _streams = [];
    private readonly DirectLineOptions _options;
    private readonly IDirectLineTranscriptStore _transcript;
    private long _nextSequence;
    private long _lastSequence;
    private long _bytes;
    private bool _closed;

    public DirectLineConversation(string id, DirectLineOptions options, DateTimeOffset createdAt, IDirectLineTranscriptStore transcript, IReadOnlyList<TranscriptEntry> restored)
    {
        Id = id;
        _options = options;
        _transcript = transcript;
        foreach (var entry in restored)
        {
            _activities.Enqueue(new StoredActivity(entry.Sequence, entry.ActivityId, entry.Json));
            _bytes += entry.Json.Length;
        }

        Trim();
        var afterRestored = restored.Count > 0 ? restored[^1].Sequence + 1 : 0;
        _nextSequence = Math.Max(Math.Max(1, createdAt.ToUnixTimeMilliseconds() * 1000), afterRestored);
        _lastSequence = _nextSequence - 1;
        LastUsed = createdAt;
    }

    public string Id { get; }

    public DateTimeOffset LastUsed { get; private set; }

    /// <summary>Gives the activity its id and timestamp, keeps it, and pushes it to every open stream.</summary>
    public StoredActivity Append(Activity activity, DateTimeOffset now)
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
            Publish(ActivitySetJson.Write([stored], sequence));
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
            var subscription = new StreamSubscription(Unsubscribe);
            var backlog = _activities.Where(a => watermark is null || a.Sequence > watermark).ToList();
            if (backlog.Count > 0)
            {
                subscription.TryPush(ActivitySetJson.Write(backlog, backlog[^1].Sequence));
            }

            _streams.Add(subscription);
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
        }
    }

    private void Unsubscribe(StreamSubscription subscription)
    {
        lock (_lock)
        {
            _streams.Remove(subscription);
        }
    }

    private void Trim()
    {
        while (_activities.Count > 1 && (_activities.Count > _options.MaxActivitiesPerConversation || _bytes > _options.MaxBytesPerConversation))
        {
            _bytes -= _activities.Dequeue().Json.Length;
        }
    }

    private void Publish(byte[] frame)
    {
        for (var i = _streams.Count - 1; i >= 0; i--)
        {
            if (!_streams[i].TryPush(frame))
            {
                _streams.RemoveAt(i);
            }
        }
    }
}
