using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.DirectLine.Conversations;

/// <summary>
/// The conversations held in memory. Bounded: idle ones are forgotten after DirectLine:ConversationIdleMinutes,
/// and beyond DirectLine:MaxConversations the least recently used is evicted. Forgetting is safe: a client with
/// a valid token reconnects (GET conversations/{id}) and the bot's later sends recreate the conversation, with its
/// recent transcript from <see cref="IDirectLineTranscriptStore"/> (DirectLine:TranscriptDays).
/// </summary>
internal sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time, IDirectLineTranscriptStore transcript)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _createLock = new();
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    /// <summary>The conversation if it is held and not idle-expired; touching it keeps it alive.</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        var now = time.GetUtcNow();
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        if (IsExpired(conversation, now))
        {
            Remove(conversation);
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    /// <summary>The held conversation, or a new one with its stored transcript; <paramref name="created"/> when it had none.</summary>
    public DirectLineConversation GetOrCreate(string conversationId, out bool created)
    {
        var existing = Find(conversationId);
        if (existing is not null)
        {
            created = false;
            return existing;
        }

        lock (_createLock)
        {
            var now = time.GetUtcNow();
            if (_conversations.TryGetValue(conversationId, out existing))
            {
                if (!IsExpired(existing, now))
                {
                    created = false;
                    return existing;
                }

                Remove(existing);
            }

            SweepIfDue(now);
            EvictBeyondCapacity();
            var restored = transcript.Load(conversationId, now - options.Value.TranscriptRetention);
            var conversation = new DirectLineConversation(conversationId, options.Value, now, transcript, restored);
            _conversations[conversationId] = conversation;
            created = restored.Count == 0;
            return conversation;
        }
    }

    private bool IsExpired(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastUsed >= options.Value.ConversationIdleTimeout;

    private void SweepIfDue(DateTimeOffset now)
    {
        if (now - _lastSweep < SweepInterval)
        {
            return;
        }

        _lastSweep = now;
        foreach (var conversation in _conversations.Values)
        {
            if (IsExpired(conversation, now))
            {
                Remove(conversation);
            }
        }
    }

    private void EvictBeyondCapacity()
    {
        var excess = _conversations.Count - Math.Max(1, options.Value.MaxConversations) + 1;
        if (excess <= 0)
        {
            return;
        }

        foreach (var conversation in _conversations.Values.OrderBy(c => c.LastUsed).Take(excess).ToList())
        {
            Remove(conversation);
        }
    }

    private void Remove(DirectLineConversation conversation)
    {
        if (_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            conversation.Close();
        }
    }
}
