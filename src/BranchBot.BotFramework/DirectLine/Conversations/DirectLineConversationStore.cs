using System.Collections.Concurrent;
using BranchBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.DirectLine.Conversations;

/// <summary>
/// The conversations held in memory. Bounded: idle ones are forgotten after DirectLine:ConversationIdleMinutes,
/// and beyond DirectLine:MaxConversations the least recently used is evicted. Forgetting is safe: a client with
/// a valid token reconnects (GET conversations/{id}) and the bot's later sends recreate the conversation, with its
/// recent transcript from <see cref="IDirectLineTranscriptStore"/> (DirectLine:TranscriptDays).
/// When the conversations are shared between instances (<see cref="IDirectLineSharedLog.IsShared"/>), a conversation
/// exists when the database has it, and the one held here is that instance's cache of it, loaded on first use.
/// </summary>
internal sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time, IDirectLineTranscriptStore transcript, IDirectLineSharedLog sharedLog)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _createLock = new();
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    private IDirectLineSharedLog? Shared => sharedLog.IsShared ? sharedLog : null;

    /// <summary>The conversation if it exists (held here, or in the shared database); touching it keeps it alive.</summary>
    public async ValueTask<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var held = Find(conversationId);
        if (held is not null || Shared is not { } shared || !DirectLineIds.IsValidConversationId(conversationId))
        {
            return held;
        }

        return await shared.ExistsAsync(conversationId, cancellationToken).ConfigureAwait(false)
            ? await LoadSharedAsync(shared, conversationId, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>
    /// The conversation, started if no instance had it: <c>Created</c> when it is new, so the bot hears of it once.
    /// </summary>
    public async ValueTask<(DirectLineConversation Conversation, bool Created)> GetOrCreateAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (Shared is not { } shared)
        {
            var conversation = GetOrCreate(conversationId, out var created);
            return (conversation, created);
        }

        if (Find(conversationId) is { } held)
        {
            return (held, false);
        }

        var started = await shared.StartAsync(conversationId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return (await LoadSharedAsync(shared, conversationId, cancellationToken).ConfigureAwait(false), started);
    }

    /// <summary>
    /// The bot's send: appended to the conversation (created if need be). Shared and not held here, it goes straight
    /// to the database and the instances holding its streams are told; the transcript is not loaded for it.
    /// </summary>
    public async ValueTask<StoredActivity> AppendFromBotAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        if (Shared is { } shared && Find(conversationId) is null)
        {
            var stored = await DirectLineConversation.WriteToSharedLogAsync(shared, conversationId, activity, time.GetUtcNow(), options.Value, cancellationToken).ConfigureAwait(false);
            await shared.AnnounceAsync(conversationId, cancellationToken).ConfigureAwait(false);
            return stored;
        }

        var (conversation, _) = await GetOrCreateAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return await conversation.AppendAsync(activity, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DirectLineConversation> LoadSharedAsync(IDirectLineSharedLog shared, string conversationId, CancellationToken cancellationToken)
    {
        var stored = await shared.ReadAfterAsync(conversationId, 0, cancellationToken).ConfigureAwait(false);
        lock (_createLock)
        {
            var now = time.GetUtcNow();
            if (_conversations.TryGetValue(conversationId, out var existing))
            {
                if (!IsExpired(existing, now))
                {
                    existing.Touch(now);
                    return existing;
                }

                Remove(existing);
            }

            SweepIfDue(now);
            EvictBeyondCapacity();
            var conversation = new DirectLineConversation(conversationId, options.Value, now, transcript, stored, shared);
            _conversations[conversationId] = conversation;
            return conversation;
        }
    }

    private DirectLineConversation? Find(string conversationId)
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
    private DirectLineConversation GetOrCreate(string conversationId, out bool created)
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
