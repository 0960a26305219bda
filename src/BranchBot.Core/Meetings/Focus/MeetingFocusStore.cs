using BranchBot.Core.Conversations;

namespace BranchBot.Core.Meetings.Focus;

/// <summary>
/// Keeps each member's <see cref="MeetingFocus"/> in the conversation-state store (a <see cref="MemberStateSlot{T}"/>, so
/// it survives a restart and is written through the same buffer as dialog stacks), under a key of its own beside the
/// member's dialog stacks: a notice sent outside a turn may set it without touching a stack a turn is using. One focus per
/// member, the latest shown: a notice reaches all of a member's chat accounts, and a reply is the latest thing the member saw.
/// </summary>
public sealed class MeetingFocusStore(IConversationStateStore store, TimeProvider timeProvider)
{
    private readonly MemberStateSlot<MeetingFocus> _slot = new(store, timeProvider, "meeting-focus|");

    /// <summary>The member's focus while it holds, else null (a stale one is forgotten).</summary>
    public async ValueTask<MeetingFocus?> GetAsync(string memberId, CancellationToken cancellationToken) =>
        await _slot.GetAsync(memberId, cancellationToken) is { MeetingIds.Count: > 0 } focus && focus.HoldsAt(timeProvider.GetUtcNow()) ? focus : null;

    /// <summary>Replaces the member's focus.</summary>
    public async ValueTask SetAsync(string memberId, MeetingFocus focus, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        ArgumentNullException.ThrowIfNull(focus);
        if (focus.MeetingIds.Count == 0)
        {
            return;
        }

        await _slot.SetAsync(memberId, focus, cancellationToken);
    }

    /// <summary>Sets the same focus for several members (a notice to an audience).</summary>
    public async ValueTask SetForAsync(IEnumerable<string> memberIds, MeetingFocus focus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        foreach (var id in memberIds.Distinct(StringComparer.Ordinal))
        {
            await SetAsync(id, focus, cancellationToken);
        }
    }
}
