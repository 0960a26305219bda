using System.Diagnostics;
using System.Globalization;
using BranchBot.BotFramework.Outgoing;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Organisation;
using BranchBot.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace BranchBot.MixBench;

/// <summary>
/// <c>time-org DATABASE</c>: the server time of the organisation's read models over a database seeded by
/// <see cref="OrganisationSeed"/>, in a container composed like the server's (no web host, no scheduler running):
/// the overview behind 各支部情况 and the console's 各支部 page (this quarter, for the 组织委员 u0) and the 组织委员's
/// compliance summary (every branch's due nudges). The first call builds every branch's container and is reported on
/// its own; then each is timed over 30 calls (median and slowest).
/// </summary>
internal static class OrganisationTimings
{
    public static async Task<int> RunAsync(string database)
    {
        var folder = Directory.CreateTempSubdirectory("branchbot-orgbench-");
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:BranchBot"] = database,
                ["BranchBot:TimeZone"] = "Asia/Shanghai",
                ["Security:DataKeyFile"] = Path.Combine(folder.FullName, "bench.key"),
                ["Security:SigningKeyFile"] = Path.Combine(folder.FullName, "bench.signing.key"),
                ["Broadcast:RunWorkers"] = "false",
            }).Build();
            var environment = new HostingEnvironment
            {
                EnvironmentName = Environments.Production,
                ApplicationName = "BranchBot",
                ContentRootPath = folder.FullName,
            };
            var services = new ServiceCollection();
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
            services.AddSingleton<IConfiguration>(configuration);
            services.AddBranchBot(configuration, environment);
            services.AddSingleton<IHostEnvironment>(environment);
            services.AddSingleton<IHostApplicationLifetime, ApplicationLifetime>();
            services.AddSingleton<IChannelSender, ReleaseFixture.AcceptingChannelSender>();
#pragma warning disable ASP0000 // no web application here: the tool composes the server's services in a container of its own
            await using var provider = services.BuildServiceProvider();
#pragma warning restore ASP0000

            var membership = provider.GetRequiredService<IMembershipStore>();
            var viewer = await membership.FindByChatAccountAsync(new ChatAccount("emulator", "u0"), CancellationToken.None)
                ?? throw new InvalidOperationException("u0 is not bound: seed the database first.");
            var units = await provider.GetRequiredService<OversightAccess>().UnitsOverseenByAsync(viewer.Id, CancellationToken.None);
            var clock = provider.GetRequiredService<BranchClock>();
            var period = OverviewPeriodReader.Read("本季度", clock.Now)!;
            var gatherer = provider.GetRequiredService<BranchFactsGatherer>();
            var missing = provider.GetRequiredService<BranchesMissingMeetings>();

            var branches = 0;
            var red = 0;
            var missedByRule = string.Empty;
            var overview = await TimeAsync("各支部情况 / 各支部 page (this quarter)", async () =>
            {
                var report = await gatherer.OverviewAsync(units, period, CancellationToken.None);
                branches = report.Rows.Count;
                red = report.RedCount;
                missedByRule = string.Join(", ", report.Rows.SelectMany(r => r.Rules).SelectMany(c => c.MissedRows)
                    .GroupBy(r => $"{MeetingKinds.ToChinese(r.Kind)} {r.Period.Key}").Select(g => $"{g.Key}: {g.Count()}"));
            });
            var shortfalls = 0;
            await TimeAsync("组织委员's compliance summary", async () =>
                shortfalls = (await missing.DueAsync(units, clock.UtcNow, CancellationToken.None)).Sum(p => p.Branches.Count));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{branches} branches in the overview, {red} red or at risk this quarter (missed: {missedByRule}); {shortfalls} branch-periods due in the summary today"));
            return overview;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<int> TimeAsync(string name, Func<Task> run)
    {
        var first = Stopwatch.StartNew();
        await run();
        first.Stop();
        var times = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var one = Stopwatch.StartNew();
            await run();
            times.Add(one.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-44} first {first.Elapsed.TotalMilliseconds,7:F0} ms   median {times[times.Count / 2],7:F1} ms   slowest {times[^1],7:F1} ms"));
        return 0;
    }
}
