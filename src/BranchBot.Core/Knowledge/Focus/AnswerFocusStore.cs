using System.Text.Json;
using BranchBot.Core.Conversations;

namespace BranchBot.Core.Knowledge.Focus;

/// <summary>
/// Keeps each member's <see cref="AnswerFocus"/> in the conversation-state store, under a key of its own beside the
/// member's dialog stacks and meeting focus (as <see cref="Meetings.Focus.MeetingFocusStore"/>): one per member, the latest
/// answer, forgotten once it no longer holds.
/// </summary>
public sealed class AnswerFocusStore(IConversationStateStore store, TimeProvider timeProvider)
{
    private const string KeyPrefix = "answer-focus|";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The member's last answer while a follow-up may still lean on it, else null.</summary>
    public async ValueTask<AnswerFocus?> GetAsync(string memberId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        var record = await store.GetAsync(KeyPrefix + memberId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        AnswerFocus? focus;
        try
        {
            focus = JsonSerializer.Deserialize<AnswerFocus>(record.DialogStateJson, Json);
        }
        catch (JsonException)
        {
            focus = null;
        }

        return focus is { Question.Length: > 0 } && focus.HoldsAt(timeProvider.GetUtcNow()) ? focus : null;
    }

    /// <summary>Replaces the member's focus with the answer just given.</summary>
    public async ValueTask SetAsync(string memberId, AnswerFocus focus, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        ArgumentNullException.ThrowIfNull(focus);
        await store.SaveAsync(new ConversationStateRecord(KeyPrefix + memberId, JsonSerializer.Serialize(focus, Json), timeProvider.GetUtcNow()), cancellationToken);
    }
}
