using BranchBot.Core.Security;

namespace BranchBot.Security;

/// <summary>Loads the content key when the host starts, so a key problem stops the bot with a clear log line at once.</summary>
internal sealed class ContentProtectionStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<IContentProtector>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
