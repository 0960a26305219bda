using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.BotFramework.Hosting;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>Registers the protocol layer: adapter, turn gate, outgoing routing. The bot itself is registered by the caller.</summary>
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

        services.AddSingleton<ConversationTurnGate>();
        services.AddSingleton<BotAdapter>();
        services.AddSingleton<IChannelSender, ChannelRouter>();
        services.AddSingleton<ProactiveSender>();
        return services;
    }
}
