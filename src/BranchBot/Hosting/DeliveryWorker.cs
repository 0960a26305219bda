using BranchBot.Core.Delivery;
using Microsoft.Extensions.Options;

namespace BranchBot.Hosting;

/// <summary>
/// Runs the delivery engine for the life of the server. At start-up, items left in flight by a stopped process
/// are marked unknown first, so nothing is resent blindly; then pending items are sent as they come due.
/// </summary>
public sealed class DeliveryWorker(IDeliveryDispatcher dispatcher, IOptions<DeliveryOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await dispatcher.RecoverAsync(stoppingToken);
        if (!options.Value.RunWorkers)
        {
            return;
        }

        try
        {
            await dispatcher.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: sends in progress finished or stay in flight, to be reported unknown at the next start.
        }
    }
}
