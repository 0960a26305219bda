using BranchBot.BotFramework.Auth;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.Hosting;

/// <summary>Says at every start how /api/messages treats requests when no MicrosoftAppId is configured.</summary>
public sealed partial class ChannelAuthenticationStartupLog(
    IOptions<BotFrameworkOptions> options,
    IHostEnvironment environment,
    ILogger<ChannelAuthenticationStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.AuthenticationEnabled)
        {
            return Task.CompletedTask;
        }

        if (settings.AllowUnauthenticated)
        {
            LogAllowedByFlag(logger);
        }
        else if (UnauthenticatedChannelPolicy.Refuses(settings, environment))
        {
            LogRefusing(logger, environment.EnvironmentName);
        }
        else
        {
            LogAllowedInDevelopment(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "BotFramework:AllowUnauthenticated is set and MicrosoftAppId is empty: /api/messages accepts unauthenticated requests, so anyone who can reach it can act as any chat user. Use this only for the Emulator on a private network.")]
    private static partial void LogAllowedByFlag(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MicrosoftAppId is empty in the {Environment} environment: /api/messages refuses every request with 401. Set the app credentials, or BotFramework:AllowUnauthenticated=true for the Emulator. The built-in chat page is not affected.")]
    private static partial void LogRefusing(ILogger logger, string environment);

    [LoggerMessage(Level = LogLevel.Information, Message = "Development environment without MicrosoftAppId: /api/messages accepts unauthenticated requests (Bot Framework Emulator).")]
    private static partial void LogAllowedInDevelopment(ILogger logger);
}
