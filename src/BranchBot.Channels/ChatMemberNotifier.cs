using BranchBot.BotFramework.Outgoing;
using BranchBot.Core.Conversations;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using Microsoft.Extensions.Logging;

namespace BranchBot.Channels;

/// <summary>
/// Sends a notification within a conversation turn to every chat account of every member
/// (<see cref="MemberSender"/>, with the connector client's own retries). Members are sent to in parallel, a
/// bounded number at a time, so a batch neither waits on one slow send nor floods the channel. A member is reached when
/// any account got it. Scheduled sends and broadcasts go through the delivery outbox instead.
/// </summary>
public sealed partial class ChatMemberNotifier(
    IChatAddressStore addresses,
    ProactiveSender sender,
    ILogger<ChatMemberNotifier> logger) : IMemberNotifier
{
    /// <summary>Sends in flight at once for one notification.</summary>
    public const int MaxConcurrentSends = 32;

    private readonly MemberSender _accounts = new(addresses, sender);

    public async Task<NotificationResult> NotifyAsync(IReadOnlyList<Member> members, Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(notification);
        var message = DeliveryMessage.WithTitleButtons(notification.Text, notification.Buttons ?? []);
        var reached = new bool[members.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentSends, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, members.Count), parallel, async (index, token) =>
            reached[index] = await NotifyMemberAsync(members[index], message, token));

        var unreached = members.Where((_, index) => !reached[index]).ToList();
        return new NotificationResult(members.Count - unreached.Count, unreached);
    }

    private async Task<bool> NotifyMemberAsync(Member member, DeliveryMessage message, CancellationToken cancellationToken)
    {
        var attempt = await _accounts.SendAsync(member, message, deliveryId: null, SendAttempts.ClientRetries, cancellationToken);
        switch (attempt.Kind)
        {
            case DeliveryAttemptKind.Sent:
                return true;
            case DeliveryAttemptKind.Unreachable or DeliveryAttemptKind.Rejected:
                LogRejected(logger, member.Id, attempt.Kind.ToString(), attempt.Error ?? "-");
                return false;
            default:
                LogNotDelivered(logger, member.Id, attempt.Kind.ToString(), attempt.Error ?? "-");
                return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification to member {MemberId} not sent ({Kind}); retrying cannot help: {Reason}")]
    private static partial void LogRejected(ILogger logger, string memberId, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification to member {MemberId} was not delivered ({Kind}; may succeed later): {Reason}")]
    private static partial void LogNotDelivered(ILogger logger, string memberId, string kind, string reason);
}
