using BranchBot.Core.Delivery;
using Microsoft.Extensions.Options;

namespace BranchBot.Hosting;

/// <summary>
/// Runs the delivery engine for the life of the server. At start-up, items left in flight by a stopped process
/// are marked unknown first, so nothing is resent blindly; then pending items are sent as they come due. An
/// unexpected error (e.g. the database file briefly unavailable) is logged and the engine restarts after a pause
/// instead of taking the server down.
/// </summary>
public sealed partial class DeliveryWorker(
    IDeliveryDispatcher dispatcher,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    private static readonly TimeSpan RestartPause = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var recovered = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!recovered)
                {
                    await dispatcher.RecoverAsync(stoppingToken);
                    recovered = true;
                }

                if (!options.Value.RunWorkers)
                {
                    return;
                }

                await dispatcher.RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Shutting down: sends in progress finished or stay in flight, to be reported unknown at the next start.
                return;
            }
            catch (Exception exception)
            {
                LogEngineFailed(logger, exception, RestartPause);

                // Whatever the failed run left in flight may or may not have gone out: unknown, as after a crash.
                recovered = false;
                await Task.Delay(RestartPause, timeProvider, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The delivery engine failed; restarting in {Pause}.")]
    private static partial void LogEngineFailed(ILogger logger, Exception exception, TimeSpan pause);
}
