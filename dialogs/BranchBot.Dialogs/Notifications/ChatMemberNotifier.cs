using BranchBot.BotFramework.Outgoing;
using BranchBot.Core.Conversations;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using Microsoft.Extensions.Logging;

namespace BranchBot.Dialogs.Notifications;

/// <summary>
/// Sends a notification to every chat account of every member, from the conversation references kept by
/// <see cref="ChatAddressTracker"/>. Members are sent to in parallel, a bounded number at a time, so a batch of
/// thousands neither waits on one slow send nor floods the channel. A member is reached when any account got it.
/// </summary>
public sealed partial class ChatMemberNotifier(
    IChatAddressStore addresses,
    ProactiveSender sender,
    ILogger<ChatMemberNotifier> logger) : IMemberNotifier
{
    /// <summary>Sends in flight at once for one notification.</summary>
    public const int MaxConcurrentSends = 32;

    public async Task<NotificationResult> NotifyAsync(IReadOnlyList<Member> members, Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(notification);
        var reached = new bool[members.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentSends, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, members.Count), parallel, async (index, token) =>
            reached[index] = await NotifyMemberAsync(members[index], notification, token));

        var unreached = members.Where((_, index) => !reached[index]).ToList();
        return new NotificationResult(members.Count - unreached.Count, unreached);
    }

    private async Task<bool> NotifyMemberAsync(Member member, Notification notification, CancellationToken cancellationToken)
    {
        var delivered = false;
        var addressed = false;
        foreach (var account in member.ChatAccounts)
        {
            var address = await addresses.GetAsync(account.ChannelId, account.UserId, cancellationToken);
            if (address is null)
            {
                continue;
            }

            addressed = true;
            try
            {
                // A fresh activity per send: the sender stamps routing fields onto it.
                var activity = Buttons.Message(notification.Text, notification.Buttons ?? []);
                await sender.SendAsync(ChatAddressTracker.ToReference(address), activity, cancellationToken);
                delivered = true;
            }
            catch (ChannelDeliveryException exception) when (exception.IsFinal)
            {
                LogRejected(logger, member.Id, account.Key, exception.StatusCode?.ToString() ?? "-", exception.Message);
            }
            catch (ChannelDeliveryException exception)
            {
                LogNotDelivered(logger, member.Id, account.Key, exception.Message);
            }
        }

        if (!addressed)
        {
            LogNoAddress(logger, member.Id, member.ChatAccounts.Count);
        }

        return delivered;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} has no stored chat address ({AccountCount} accounts); notification not sent.")]
    private static partial void LogNoAddress(ILogger logger, string memberId, int accountCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification to member {MemberId} on {Account} was refused by the channel ({StatusCode}); retrying cannot help: {Reason}")]
    private static partial void LogRejected(ILogger logger, string memberId, string account, string statusCode, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification to member {MemberId} on {Account} was not delivered (may succeed later): {Reason}")]
    private static partial void LogNotDelivered(ILogger logger, string memberId, string account, string reason);
}
