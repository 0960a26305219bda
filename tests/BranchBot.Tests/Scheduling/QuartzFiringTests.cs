using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static BranchBot.Tests.Scheduling.SchedulerScenario;

namespace BranchBot.Tests.Scheduling;

/// <summary>The one test where Quartz itself fires: on the real clock, a trigger due a second ahead.</summary>
public class QuartzFiringTests
{
    [Fact]
    public async Task Quartz_fires_a_check_in_notice_due_a_second_ahead()
    {
        await using var bot = new SchedulerBot(configure: services => services.AddSingleton(TimeProvider.System));
        var (_, zhang, _) = Branch(bot);
        var scheduler = await bot.SchedulerAsync();
        await scheduler.Start(CancellationToken.None);
        try
        {
            var opensIn = TimeSpan.FromSeconds(1);
            await bot.ArrangeAsync(GeneralMeeting(TimeProvider.System.GetUtcNow() + TimeSpan.FromMinutes(30) + opensIn));

            var waited = Stopwatch.StartNew();
            while (!Unread(bot, zhang).Any(t => t.Contains("签到已开始", StringComparison.Ordinal)) && waited.Elapsed < TimeSpan.FromSeconds(15))
            {
                await Task.Delay(50);
            }

            Assert.Contains(Unread(bot, zhang), t => t.Contains("签到已开始", StringComparison.Ordinal));
            Assert.True(waited.Elapsed >= opensIn - TimeSpan.FromMilliseconds(300), $"Fired after {waited.Elapsed}, before it was due.");
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, CancellationToken.None);
        }
    }
}
