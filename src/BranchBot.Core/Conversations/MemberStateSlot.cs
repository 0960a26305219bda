using System.Text.Json;

namespace BranchBot.Core.Conversations;

/// <summary>
/// One small JSON record per member kept in the conversation-state store under a key of its own (a prefix and the
/// member's id), beside the member's dialog stacks, so it survives a restart and is written through the same buffer: the
/// meeting in focus, the last answer a follow-up leans on. A record that no longer reads is treated as absent.
/// </summary>
public sealed class MemberStateSlot<T>(IConversationStateStore store, TimeProvider timeProvider, string keyPrefix)
    where T : class
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The member's record, or null when there is none or it cannot be read.</summary>
    public async ValueTask<T?> GetAsync(string memberId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        var record = await store.GetAsync(keyPrefix + memberId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(record.DialogStateJson, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Replaces the member's record.</summary>
    public ValueTask SetAsync(string memberId, T value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        ArgumentNullException.ThrowIfNull(value);
        return store.SaveAsync(new ConversationStateRecord(keyPrefix + memberId, JsonSerializer.Serialize(value, Json), timeProvider.GetUtcNow()), cancellationToken);
    }
}
