using BranchBot.BotFramework.DirectLine.Conversations;
using BranchBot.BotFramework.DirectLine.Security;
using BranchBot.BotFramework.Outgoing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BranchBot.BotFramework.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the built-in Direct Line channel (options from the DirectLine section; the public URL falls back
    /// to BranchBot:PublicUrl). Needs AddBotFrameworkProtocol for the adapter. To keep tokens valid across
    /// restarts without a secret, register an <see cref="IDirectLineSigningKeySource"/> (before or after this call); to keep
    /// transcripts across restarts, an <see cref="IDirectLineTranscriptStore"/>.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .PostConfigure(options => options.PublicUrl ??= configuration["BranchBot:PublicUrl"]);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDirectLineSigningKeySource, ConfiguredSigningKeySource>();
        services.AddSingleton<SigningKeyRing>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.TryAddSingleton<IDirectLineTranscriptStore, InMemoryOnlyTranscriptStore>();
        services.TryAddSingleton<IDirectLineSharedLog>(UnsharedDirectLineLog.Instance);
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineTurnRunner>();
        services.AddSingleton<ILocalChannel, DirectLineChannel>();
        return services;
    }
}
