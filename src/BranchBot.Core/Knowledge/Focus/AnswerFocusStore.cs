using BranchBot.Core.Conversations;

namespace BranchBot.Core.Knowledge.Focus;

/// <summary>
/// Keeps each member's <see cref="AnswerFocus"/> in the conversation-state store (a <see cref="MemberStateSlot{T}"/>, as
/// the meeting focus is): one per member, the latest answer, forgotten once it no longer holds.
/// </summary>
public sealed class AnswerFocusStore(IConversationStateStore store, TimeProvider timeProvider)
{
    private readonly MemberStateSlot<AnswerFocus> _slot = new(store, timeProvider, "answer-focus|");

    /// <summary>The member's last answer while a follow-up may still lean on it, else null.</summary>
    public async ValueTask<AnswerFocus?> GetAsync(string memberId, CancellationToken cancellationToken) =>
        await _slot.GetAsync(memberId, cancellationToken) is { Question.Length: > 0 } focus && focus.HoldsAt(timeProvider.GetUtcNow()) ? focus : null;

    /// <summary>Replaces the member's focus with the answer just given.</summary>
    public ValueTask SetAsync(string memberId, AnswerFocus focus, CancellationToken cancellationToken) => _slot.SetAsync(memberId, focus, cancellationToken);
}
