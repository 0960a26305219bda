using BranchBot.BotFramework.Hosting;
using Microsoft.Extensions.Hosting;

namespace BranchBot.BotFramework.Auth;

/// <summary>
/// Without a MicrosoftAppId there is no channel token to check. Such requests are accepted only in Development
/// (the Emulator on a developer's machine) or when BotFramework:AllowUnauthenticated is set explicitly; otherwise a
/// forged activity could act as any member, e.g. the 书记, and re-point their stored address.
/// </summary>
public static class UnauthenticatedChannelPolicy
{
    public static bool Refuses(BotFrameworkOptions options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        return !options.AuthenticationEnabled && !options.AllowUnauthenticated && !environment.IsDevelopment();
    }
}
