using BranchBot.BotFramework.Outgoing;
using BranchBot.Core.Conversations;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;

namespace BranchBot.Channels;

/// <summary>
/// Sends one message to every chat account of a member (the member may read Teams at work and the chat page at home),
/// at the chat addresses stored when they last wrote to the bot (<see cref="ConversationReferences"/>). Sent when any
/// account took it; otherwise the most hopeful failure decides: throttled, then transient, then rejected, and
/// unreachable only when no account could ever work (no address, 403, 404). A message naming its accounts
/// (<see cref="DeliveryMessage.OnlyTo"/>) goes to those of the member's accounts only. An account on a channel that
/// can address a user id directly (<see cref="IAddressableChannel"/>, 企业微信) is reached without a stored address.
/// </summary>
public sealed class MemberSender(IChatAddressStore addresses, ProactiveSender sender, IEnumerable<IAddressableChannel>? directChannels = null)
{
    private readonly IAddressableChannel[] _direct = [.. directChannels ?? []];

    /// <summary>
    /// Sends to every account, each tried as <paramref name="attempts"/> says; <paramref name="deliveryId"/>, when
    /// given, marks each activity (see <see cref="DeliveryChannelData"/>).
    /// </summary>
    public async Task<DeliveryAttempt> SendAsync(Member member, DeliveryMessage message, string? deliveryId, SendAttempts attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(message);
        var failures = new List<DeliveryAttempt>();
        var sent = false;
        foreach (var account in member.ChatAccounts.Where(a => message.OnlyTo is not { } only || only.Contains(a)))
        {
            var address = await addresses.GetAsync(account.ChannelId, account.UserId, cancellationToken);
            var reference = address is not null
                ? ConversationReferences.For(address)
                : _direct.FirstOrDefault(c => string.Equals(c.ChannelId, account.ChannelId, StringComparison.Ordinal))?.ReferenceFor(account.UserId);
            if (reference is null)
            {
                continue;
            }

            var attempt = await SendToAccountAsync(reference, message, deliveryId, attempts, cancellationToken);
            if (attempt.Kind == DeliveryAttemptKind.Sent)
            {
                sent = true;
            }
            else
            {
                failures.Add(attempt);
            }
        }

        return sent ? DeliveryAttempt.Sent : MostHopeful(failures) ?? new DeliveryAttempt(DeliveryAttemptKind.Unreachable, "no chat address: the member has not talked to the bot yet");
    }

    private async Task<DeliveryAttempt> SendToAccountAsync(
        BotFramework.Schema.ConversationReference reference, DeliveryMessage message, string? deliveryId, SendAttempts attempts, CancellationToken cancellationToken)
    {
        var activity = ChannelMessages.Render(message);
        if (deliveryId is not null)
        {
            activity.ChannelData = DeliveryChannelData.For(deliveryId);
        }

        try
        {
            await sender.SendAsync(reference, activity, attempts, cancellationToken);
            return DeliveryAttempt.Sent;
        }
        catch (ChannelDeliveryException exception)
        {
            return Classify(exception);
        }
    }

    private static DeliveryAttempt Classify(ChannelDeliveryException exception)
    {
        var kind = exception switch
        {
            { IsThrottled: true } => DeliveryAttemptKind.Throttled,
            { IsRecipientUnreachable: true } => DeliveryAttemptKind.Unreachable,
            { IsFinal: true } => DeliveryAttemptKind.Rejected,
            _ => DeliveryAttemptKind.Transient,
        };
        return new DeliveryAttempt(kind, exception.Message, exception.RetryAfter);
    }

    private static DeliveryAttempt? MostHopeful(List<DeliveryAttempt> failures) =>
        failures.FirstOrDefault(f => f.Kind == DeliveryAttemptKind.Throttled)
        ?? failures.FirstOrDefault(f => f.Kind == DeliveryAttemptKind.Transient)
        ?? failures.FirstOrDefault(f => f.Kind == DeliveryAttemptKind.Rejected)
        ?? failures.FirstOrDefault();
}
