using BranchBot.Core.Organisation;

namespace BranchBot.Scheduling;

/// <summary>Runs a scheduled duty for every open branch in turn; one branch failing is logged and does not keep the others from theirs.</summary>
internal static partial class EveryBranch
{
    public static async Task RunAsync(IBranchScopes branches, ILogger logger, Func<IServiceProvider, CancellationToken, Task> duty, CancellationToken cancellationToken)
    {
        foreach (var branchId in await branches.OpenBranchIdsAsync(cancellationToken))
        {
            try
            {
                await duty(branches.For(branchId), cancellationToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogFailed(logger, failure, branchId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A scheduled duty failed for branch {BranchId}; the other branches ran theirs.")]
    private static partial void LogFailed(ILogger logger, Exception failure, string branchId);
}
