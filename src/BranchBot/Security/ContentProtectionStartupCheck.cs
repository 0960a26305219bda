using BranchBot.BotFramework.DingTalk;
using BranchBot.BotFramework.WeCom;
using BranchBot.Core.Security;
using BranchBot.Hosting;
using Microsoft.Extensions.Options;

namespace BranchBot.Security;

/// <summary>
/// Loads the content key and the signing keys, and reads the proxy settings, before the host starts, so a key or
/// setting problem stops the bot with one clear Critical line at once instead of a stack trace, or a failure in the
/// first chat that touches private content.
/// </summary>
public static partial class ContentProtectionStartupCheck
{
    /// <summary>False when a key file or setting is unusable; why and how to fix it has been logged.</summary>
    public static bool TryLoadKey(IServiceProvider services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            _ = services.GetRequiredService<IContentProtector>();
            _ = services.GetService<SigningKeys>();
            if (configuration is not null)
            {
                _ = KnownProxyForwardedHeaders.Options(configuration);
            }

            if (services.GetService<IOptions<WeComOptions>>()?.Value.ConfigurationProblem() is { } weComProblem)
            {
                throw new StartupConfigurationException(weComProblem);
            }

            if (services.GetService<IOptions<DingTalkOptions>>()?.Value.ConfigurationProblem() is { } dingTalkProblem)
            {
                throw new StartupConfigurationException(dingTalkProblem);
            }

            return true;
        }
        catch (InsecureKeyFileException)
        {
            return false;
        }
        catch (StartupConfigurationException problem)
        {
            LogUnusable(services.GetRequiredService<ILoggerFactory>().CreateLogger("BranchBot.Startup"), problem.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Problem}")]
    private static partial void LogUnusable(ILogger logger, string problem);
}
