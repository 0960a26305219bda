using BranchBot.Core.Organisation.Broadcasts;

namespace BranchBot.Organisation;

/// <summary>At start-up, finishes any 党委广播 whose fan-out to the branches a stop interrupted; each branch's part is made once.</summary>
internal sealed class OrganisationBroadcastResumer(OrganisationBroadcastService broadcasts) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => broadcasts.ResumeIncompleteAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
