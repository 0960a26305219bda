using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;

namespace BranchBot.Core.Broadcasts;

/// <summary>What the author asks to send. <see cref="ScheduledAt"/> null sends at once.</summary>
/// <remarks><paramref name="SourceKey"/> names what made the draft when that may try again (a 定期广播 occurrence, or
/// the preview a person confirms, whose 确认 may arrive twice when the reply to the first failed): sending a draft
/// whose key was sent before returns that broadcast instead of a second one.</remarks>
public sealed record BroadcastDraft(string Text, BroadcastAudience Audience, bool RequiresAcknowledgement, DateTimeOffset? ScheduledAt = null, string? SourceKey = null);

/// <summary>Who a draft would reach: every recipient, and those of them the bot cannot reach (not joined from chat).</summary>
public sealed record BroadcastPreview(string AudienceLabel, IReadOnlyList<Member> Recipients, IReadOnlyList<Member> Unreachable)
{
    public int ReachableCount => Recipients.Count - Unreachable.Count;
}

/// <summary>
/// Where a broadcast stands. Delivery counts add up to <see cref="Recipients"/>; a member reached by a 催收 after the
/// first send failed counts as sent.
/// </summary>
public sealed record BroadcastCounts(
    int Recipients, int Sent, int Failed, int Unreachable, int Unknown, int Pending, int Cancelled, int Acknowledged, int Replies);

/// <summary>One line of 广播记录 (and of the console's list).</summary>
public sealed record BroadcastSummary(Broadcast Broadcast, string AuthorName, BroadcastCounts Counts);

/// <summary>One recipient of a broadcast: the best delivery state over the first send and every 催收, and the 收到 time.</summary>
public sealed record BroadcastRecipientStatus(
    string MemberId, string Name, DeliveryState State, DateTimeOffset? DeliveredAt, DateTimeOffset? AcknowledgedAt, string? LastError)
{
    public bool Received => State == DeliveryState.Sent;

    public bool Acknowledged => AcknowledgedAt is not null;
}

/// <summary>A reply with the replying member's name.</summary>
public sealed record BroadcastReplyView(BroadcastReply Reply, string MemberName);

/// <summary>Everything about one broadcast: counts, each recipient (ordered by name) and the replies.</summary>
public sealed record BroadcastDetail(
    Broadcast Broadcast, string AuthorName, BroadcastCounts Counts, IReadOnlyList<BroadcastRecipientStatus> Recipients, IReadOnlyList<BroadcastReplyView> Replies)
{
    public IReadOnlyList<BroadcastRecipientStatus> NotReceived => [.. Recipients.Where(r => !r.Received)];

    public IReadOnlyList<BroadcastRecipientStatus> NotAcknowledged => [.. Recipients.Where(r => !r.Acknowledged)];
}

/// <summary>
/// A sent (or scheduled) broadcast and who could not be reached at all; <paramref name="MadeBefore"/> when the draft's
/// source key had made it already, so nothing was sent this time.
/// </summary>
public sealed record BroadcastSent(Broadcast Broadcast, IReadOnlyList<Member> Unreachable, bool MadeBefore = false);

/// <summary>撤回: how many waiting messages were stopped and how many had already gone out.</summary>
public sealed record BroadcastWithdrawal(Broadcast Broadcast, int Cancelled, int AlreadySent);

/// <summary>催收: the n-th reminder went to <see cref="Recipients"/>.</summary>
public sealed record BroadcastReminder(Broadcast Broadcast, int Reminder, IReadOnlyList<Member> Recipients);

/// <summary>补发: the n-th resend went to <see cref="Recipients"/>, each with the state that made it due.</summary>
public sealed record BroadcastResend(Broadcast Broadcast, int Resend, IReadOnlyList<BroadcastRecipientStatus> Recipients);

/// <summary>收到 recorded (or recorded before: <see cref="AlreadyAcknowledged"/>).</summary>
public sealed record BroadcastAcknowledged(Broadcast Broadcast, bool AlreadyAcknowledged);

/// <summary>
/// A stored reply and the author it must be passed to (null when the author has left the branch);
/// <see cref="Repeated"/> when the member had sent the same words to the broadcast before (a button pressed twice), so
/// nothing new was stored and nothing is to be passed on.
/// </summary>
public sealed record BroadcastReplied(Broadcast Broadcast, BroadcastReply Reply, Member? Author, bool Repeated = false);

/// <summary>A broadcast a member received a short while ago from someone else, and how it is signed.</summary>
public sealed record RecentBroadcast(Broadcast Broadcast, string? AuthorName);
