using BranchBot.Core.Broadcasts;
using BranchBot.Core.Organisation;
using BranchBot.Scheduling;

namespace BranchBot.Organisation;

/// <summary>
/// What the first branch does at start-up through its own hosted services, done for every other open branch with
/// that branch's services: its meetings' triggers rebuilt and any broadcast stored but never queued handed to the outbox.
/// </summary>
internal sealed partial class OtherBranchesStartup(IBranchScopes scopes, ILogger<OtherBranchesStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var branchId in await scopes.OpenBranchIdsAsync(cancellationToken))
        {
            if (branchId == scopes.PrimaryBranchId)
            {
                continue;
            }

            var services = scopes.For(branchId);
            var (meetings, triggers) = await services.GetRequiredService<MeetingTriggerRebuilder>().RebuildAsync(cancellationToken);
            await services.GetRequiredService<BroadcastService>().QueueUnqueuedAsync(cancellationToken);
            LogStarted(logger, branchId, meetings, triggers);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Branch {BranchId} served: {Meetings} meetings, {Triggers} triggers rebuilt.")]
    private static partial void LogStarted(ILogger logger, string branchId, int meetings, int triggers);
}
