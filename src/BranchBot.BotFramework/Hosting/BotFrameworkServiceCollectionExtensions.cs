using BranchBot.BotFramework.Auth;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BranchBot.BotFramework.Hosting;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers the protocol layer: adapter, turn gate, channel authentication, the Bot Connector client and
    /// outgoing routing. The bot itself is registered by the caller. HTTP goes through named clients
    /// (<see cref="BotFrameworkJwtAuthenticator.MetadataHttpClientName"/>, <see cref="HttpConnectorClient.HttpClientName"/>,
    /// <see cref="ConnectorTokenProvider.HttpClientName"/>), so a host or test can replace their handlers.
    /// </summary>
    public static IServiceCollection AddBotFrameworkProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>()
            .Bind(configuration.GetSection(BotFrameworkOptions.SectionName))
            .Configure(options =>
            {
                // The standard app-credential names live at the root of the configuration.
                options.MicrosoftAppId = configuration["MicrosoftAppId"] ?? options.MicrosoftAppId;
                options.MicrosoftAppPassword = configuration["MicrosoftAppPassword"] ?? options.MicrosoftAppPassword;
                options.MicrosoftAppType = configuration["MicrosoftAppType"] ?? options.MicrosoftAppType;
                options.MicrosoftAppTenantId = configuration["MicrosoftAppTenantId"] ?? options.MicrosoftAppTenantId;
            });

        services.AddOptions<ConnectorClientOptions>().Bind(configuration.GetSection(ConnectorClientOptions.SectionName));

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(BotFrameworkJwtAuthenticator.MetadataHttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        // Each connector attempt has its own timeout (ConnectorClientOptions.AttemptTimeout) on the injected clock.
        services.AddHttpClient(HttpConnectorClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);

        services.AddSingleton<IChannelRequestAuthenticator, BotFrameworkJwtAuthenticator>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddSingleton<IConnectorClient, HttpConnectorClient>();
        services.TryAddSingleton<IConversationTurnLock>(InProcessTurnsOnly.Instance);
        services.AddSingleton(provider => new ConversationTurnGate(provider.GetRequiredService<IConversationTurnLock>()));
        services.AddSingleton<BotAdapter>();
        services.AddSingleton<IChannelSender, ChannelRouter>();
        services.AddSingleton<ProactiveSender>();
        // A factory, so a container without a host (no IHostEnvironment) still validates; only a started host runs it.
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<ChannelAuthenticationStartupLog>(provider));
        return services;
    }
}
