using BranchBot.BotFramework.DirectLine.Security;

namespace BranchBot.ChatPage;

public static class ChatPageServiceCollectionExtensions
{
    /// <summary>The chat page's identities rest on the Direct Line key, kept in the signing key file across restarts.</summary>
    public static IServiceCollection AddChatPage(this IServiceCollection services)
    {
        services.AddSingleton<IDirectLineSigningKeySource, KeyFileSigningKeySource>();
        return services;
    }
}
