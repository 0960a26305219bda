using BranchBot.Core.Conversations;
using BranchBot.Core.Storage;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Bot;

/// <summary>
/// Loads and saves dialog stacks, keeping the last saved JSON of each conversation in memory so that a turn
/// that changes nothing (most turns outside a dialog) neither reads nor writes the database.
/// With one instance only this process writes conversation state, so the memory copy cannot go stale. With several
/// (PostgreSQL) the next turn of a conversation may run on another instance, so each turn reads the stack from the
/// database (the conversation's turn lock is held meanwhile) and memory only spares writing an unchanged stack.
/// </summary>
public sealed class ConversationStateCache(IConversationStateStore store, TimeProvider timeProvider, IChangeNotices notices)
{
    private const int MaxEntries = 50_000;
    private readonly CappedMemory<string> _lastSaved = new(MaxEntries);

    public async ValueTask<DialogState> LoadAsync(string key, CancellationToken cancellationToken)
    {
        if (notices.SharedWithOtherInstances || !_lastSaved.TryGetValue(key, out var json))
        {
            var record = await store.GetAsync(key, cancellationToken);
            json = record?.DialogStateJson ?? EmptyJson;
            Remember(key, json);
        }

        return DialogState.FromJson(json);
    }

    public async ValueTask SaveAsync(string key, DialogState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var json = state.IsEmpty ? EmptyJson : state.ToJson();
        if (_lastSaved.TryGetValue(key, out var previous) && previous == json)
        {
            return;
        }

        if (json == EmptyJson)
        {
            await store.DeleteAsync(key, cancellationToken);
        }
        else
        {
            await store.SaveAsync(new ConversationStateRecord(key, json, timeProvider.GetUtcNow()), cancellationToken);
        }

        Remember(key, json);
    }

    private static string EmptyJson => string.Empty;

    private void Remember(string key, string json) => _lastSaved.Set(key, json);
}
