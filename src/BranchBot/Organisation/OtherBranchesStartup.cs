using BranchBot.Core.Broadcasts;
using BranchBot.Core.Organisation;
using BranchBot.Scheduling;

namespace BranchBot.Organisation;

/// <summary>
/// What the first branch does at start-up through its own hosted services, done for every other open branch with
/// that branch's services: its meetings' triggers rebuilt and any broadcast stored but never queued handed to the outbox.
/// One line for them all (a branch each at Debug): an organisation of 300 branches would otherwise log 300 at every start.
/// </summary>
internal sealed partial class OtherBranchesStartup(IBranchScopes scopes, TimeProvider time, ILogger<OtherBranchesStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var (branches, allMeetings, allTriggers) = (0, 0, 0);
        var others = (await scopes.OpenBranchIdsAsync(cancellationToken)).Where(id => id != scopes.PrimaryBranchId);

        // Branches are independent: their containers and triggers are built side by side (the database itself takes
        // one operation at a time).
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(others, parallel, async (branchId, token) =>
        {
            var services = scopes.For(branchId);
            var (meetings, triggers) = await services.GetRequiredService<MeetingTriggerRebuilder>().RebuildAsync(token);
            await services.GetRequiredService<BroadcastService>().QueueUnqueuedAsync(token);
            LogBranchStarted(logger, branchId, meetings, triggers);
            Interlocked.Increment(ref branches);
            Interlocked.Add(ref allMeetings, meetings);
            Interlocked.Add(ref allTriggers, triggers);
        });

        if (branches > 0)
        {
            LogStarted(logger, branches, allMeetings, allTriggers, (long)time.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Branch {BranchId} served: {Meetings} meetings, {Triggers} triggers rebuilt.")]
    private static partial void LogBranchStarted(ILogger logger, string branchId, int meetings, int triggers);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Branches} other branches served: {Meetings} meetings, {Triggers} triggers rebuilt, in {Milliseconds} ms.")]
    private static partial void LogStarted(ILogger logger, int branches, int meetings, int triggers, long milliseconds);
}
