using BranchBot.Core.Delivery;
using BranchBot.Core.Meetings;

namespace BranchBot.Core.Broadcasts;

/// <summary>
/// The words of a broadcast that are stored: the messages members receive (the outbox keeps final text) and the
/// audience as the broadcast records it. Implemented by the chat front end.
/// </summary>
public interface IBroadcastNotices
{
    /// <summary>The first send; <paramref name="authorName"/> null when the author is no longer known.</summary>
    DeliveryMessage First(Broadcast broadcast, string? authorName);

    /// <summary>催收: to recipients who have not pressed 收到.</summary>
    DeliveryMessage Reminder(Broadcast broadcast, string? authorName);

    /// <summary>补发: the broadcast as first sent, marked as sent again because it may not have arrived.</summary>
    DeliveryMessage Resend(Broadcast broadcast, string? authorName);

    /// <summary>
    /// How an audience reads ("全体党员", a group's name, "广播3未回执人员"); <paramref name="meeting"/> is the meeting
    /// of a <see cref="BroadcastAudienceKind.NotCheckedIn"/> audience.
    /// </summary>
    string AudienceLabel(BroadcastAudience audience, Meeting? meeting = null);

    /// <summary>The name shown for a recipient, author or replier who has been removed from the roster.</summary>
    string RemovedMemberName { get; }
}
