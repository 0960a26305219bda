using BranchBot.BotFramework.Schema;
using BranchBot.Core.Conversations;
using BranchBot.Core.Storage;

namespace BranchBot.Dialogs.Bot;

/// <summary>
/// Keeps the address of every chat account that writes to the bot, so reminders and broadcasts can reach it later
/// (BranchBot.Channels turns it back into a conversation reference). Writes only when the route changed: an unchanged
/// address costs no database write, and no write to memory either.
/// </summary>
public sealed class ChatAddressTracker(IChatAddressStore store, TimeProvider timeProvider)
{
    private const int MaxEntries = 50_000;
    private readonly CappedMemory<ChatAddress> _known = new(MaxEntries);

    public async ValueTask TrackAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var address = ToAddress(activity);
        if (address is null)
        {
            return;
        }

        if (_known.TryGetValue(address.Key, out var known) && address.SameRouteAs(known))
        {
            return;
        }

        known = await store.GetAsync(address.ChannelId, address.UserId, cancellationToken);
        if (!address.SameRouteAs(known))
        {
            await store.SaveAsync(address, cancellationToken);
            known = address;
        }

        _known.Set(address.Key, known!);
    }

    private ChatAddress? ToAddress(Activity activity)
    {
        if (activity.ChannelId is not { Length: > 0 } channelId
            || activity.From?.Id is not { Length: > 0 } userId
            || activity.Conversation?.Id is not { Length: > 0 } conversationId
            || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return null;
        }

        return new ChatAddress(
            channelId, userId, activity.From.Name, conversationId, serviceUrl,
            activity.Recipient?.Id, activity.Recipient?.Name, activity.Conversation.TenantId, activity.Locale,
            timeProvider.GetUtcNow());
    }
}
