using BranchBot.Core.Time;

namespace BranchBot.WebConsole.Export;

/// <summary>
/// Reads this year's held meetings and their attendance into the meeting store's memory in the background when a
/// console link is issued or opened, so that the 总览 and 台账 a 书记 opens next do not pay for it. After a restart that
/// read is most of the first page's time (a year at 1,000 members: 160 meetings, 38,000 attendance records, about
/// half a second); on a warm store it costs a few milliseconds. One read at a time per branch; a failure is logged and
/// left to the page, which reads the same way and says what went wrong.
/// </summary>
public sealed partial class ConsoleYearWarmUp(YearMeetings meetings, BranchClock clock, IHostApplicationLifetime lifetime, ILogger<ConsoleYearWarmUp> logger)
{
    private int _running;
    private Task _latest = Task.CompletedTask;

    /// <summary>The read under way or last started (tests wait for it).</summary>
    public Task Latest => Volatile.Read(ref _latest);

    public void Start()
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return;
        }

        Volatile.Write(ref _latest, Task.Run(ReadAsync, CancellationToken.None));
    }

    private async Task ReadAsync()
    {
        try
        {
            await meetings.HeldAsync(clock.Now.Year, lifetime.ApplicationStopping);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading this year's meetings ahead of the console failed; its pages will read them themselves.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
