using BranchBot.Core.Delivery;
using BranchBot.Core.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BranchBot.Channels;

public static class ChannelsServiceCollectionExtensions
{
    /// <summary>How messages reach members outside a conversation turn: the outbox's channel to their stored chat addresses, and notices sent in a turn through the outbox (issues 6 and 15).</summary>
    public static IServiceCollection AddChannels(this IServiceCollection services)
    {
        services.TryAddSingleton<IDeliveryChannel, OutboxChannel>();
        services.TryAddSingleton<IMemberNotifier, OutboxNotifier>();
        return services;
    }
}
