using BranchBot.Core.Broadcasts;

namespace BranchBot.Hosting;

/// <summary>
/// At start-up, hands to the outbox any broadcast stored just before a crash but never queued; the outbox keeps
/// one item per (batch, member), so this cannot send anything twice.
/// </summary>
internal sealed class BroadcastQueueResumer(BroadcastService broadcasts) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => broadcasts.QueueUnqueuedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
