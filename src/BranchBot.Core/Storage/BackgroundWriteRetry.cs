namespace BranchBot.Core.Storage;

/// <summary>
/// How a background writer stores one batch: while the host runs, a failed write is retried every second (the disk may
/// come back, and members go on meanwhile); once stopping, it is tried a few more times at once and then abandoned.
/// </summary>
public static class BackgroundWriteRetry
{
    private const int AttemptsWhenStopping = 3;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    /// <param name="attempt">Writes the batch and marks it stored.</param>
    /// <param name="abandon">Forgets the batch once it is given up.</param>
    /// <param name="stopping">Whether the host is stopping.</param>
    /// <param name="logFailure">Logs a failure with its attempt number and whether the batch is given up.</param>
    /// <param name="time">The clock the retry waits on.</param>
    /// <param name="stop">Cancelled when stopping: the remaining attempts then follow at once.</param>
    public static async Task WriteAsync(Func<Task> attempt, Func<Task> abandon, Func<bool> stopping, Action<Exception, int, bool> logFailure, TimeProvider time, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(abandon);
        ArgumentNullException.ThrowIfNull(stopping);
        ArgumentNullException.ThrowIfNull(logFailure);
        for (var number = 1; ; number++)
        {
            try
            {
                await attempt();
                return;
            }
#pragma warning disable CA1031 // the writer must outlive a failed write: it is retried, and members go on meanwhile
            catch (Exception failure)
#pragma warning restore CA1031
            {
                var givingUp = stopping() && number >= AttemptsWhenStopping;
                logFailure(failure, number, givingUp);
                if (givingUp)
                {
                    await abandon();
                    return;
                }
            }

            try
            {
                await Task.Delay(RetryDelay, time, stop);
            }
            catch (OperationCanceledException)
            {
                // Stopping: the remaining attempts follow at once.
            }
        }
    }
}
