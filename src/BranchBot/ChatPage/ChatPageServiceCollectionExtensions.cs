using BranchBot.BotFramework.DirectLine;
using BranchBot.BotFramework.DirectLine.Conversations;
using BranchBot.BotFramework.DirectLine.Security;
using BranchBot.Core.Storage;
using BranchBot.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace BranchBot.ChatPage;

public static class ChatPageServiceCollectionExtensions
{
    /// <summary>
    /// The chat page's identities rest on the Direct Line key, kept in the signing key file across restarts.
    /// Cookies signed by earlier versions with a key derived from DirectLine:Secret are still recognised.
    /// Transcripts are kept in the database, so a page reloaded after a restart shows its recent messages. With several
    /// instances on one PostgreSQL database the conversations themselves live there (<see cref="PostgresDirectLineLog"/>),
    /// so a client may reach any instance.
    /// </summary>
    public static IServiceCollection AddChatPage(this IServiceCollection services)
    {
        services.AddSingleton<IDirectLineSigningKeySource, KeyFileSigningKeySource>();
        services.AddSingleton<IDirectLineTranscriptStore>(provider => provider.GetService<PostgresDatabase>() is not null
            ? ActivatorUtilities.CreateInstance<PostgresChatTranscriptStore>(provider)
            : ActivatorUtilities.CreateInstance<LiteDbChatTranscriptStore>(provider));
        services.AddSingleton<IDirectLineSharedLog>(provider =>
            provider.GetService<PostgresDatabase>() is not null && provider.GetService<IChangeNotices>() is { SharedWithOtherInstances: true }
                ? ActivatorUtilities.CreateInstance<PostgresDirectLineLog>(provider)
                : UnsharedDirectLineLog.Instance);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DirectLineOptions>>();
            var earlierKeys = options.Value.SecretEnabled ? new SigningKeyRing(new ConfiguredSigningKeySource(options)) : null;
            return new ChatUserCookie(provider.GetRequiredService<SigningKeyRing>(), earlierKeys);
        });
        return services;
    }
}
