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

            // PARTS=1: first the overview's parts over every branch, five rounds, each with its time and allocation.
            if (Environment.GetEnvironmentVariable("PARTS") == "1")
            {
                var all = await provider.GetRequiredService<OverseenBranches>().UnderAsync(units, CancellationToken.None);
                for (var round = 0; round < 5; round++)
                {
                    await PartAsync("under", async () => await provider.GetRequiredService<OverseenBranches>().UnderAsync(units, CancellationToken.None));
                    await PartAsync("inputs", async () => { foreach (var b in all) { await b.Services.Compliance.InputsAsync(period.Year, CancellationToken.None); } });
                    await PartAsync("talks", async () => { foreach (var b in all) { await b.Services.Talks.CountsAsync(period.Year, CancellationToken.None); } });
                    await PartAsync("broadcasts", async () => { foreach (var b in all) { await b.Services.Broadcasts.ListRecentAsync(int.MaxValue, CancellationToken.None); } });
                    await PartAsync("questions", async () => { foreach (var b in all) { await b.Services.Questions.ListAsync(CancellationToken.None); } });
                    var facts = await gatherer.GatherAsync(units, period, CancellationToken.None);
                    await PartAsync("compute", () => { OrganisationOverview.Compute(facts, period, clock.UtcNow); return Task.CompletedTask; });
                }
            }

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

    private static async Task PartAsync(string name, Func<Task> run)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var one = Stopwatch.StartNew();
        await run();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-12} {one.Elapsed.TotalMilliseconds,8:F1} ms {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024:F1} MB"));
    }

    private static async Task<int> TimeAsync(string name, Func<Task> run)
    {
        var first = Stopwatch.StartNew();
        await run();
        first.Stop();
        // Then untimed calls for WARMUP_SECONDS (default 10): the JIT's tiering takes seconds on 2 busy cores, and the
        // first few calls after the first ran at two to five times the steady time, which made the "slowest of 30".
        var warmUp = Stopwatch.StartNew();
        var warmUpCalls = 0;
        var warmUpSeconds = int.TryParse(Environment.GetEnvironmentVariable("WARMUP_SECONDS"), CultureInfo.InvariantCulture, out var seconds) ? seconds : 10;
        while (warmUp.Elapsed < TimeSpan.FromSeconds(warmUpSeconds))
        {
            await run();
            warmUpCalls++;
        }

        var times = new List<double>();
        var collections = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2));
        var paused = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        for (var i = 0; i < 30; i++)
        {
            var one = Stopwatch.StartNew();
            await run();
            times.Add(one.Elapsed.TotalMilliseconds);
        }

        // In call order, with the collector's share: a slow call stands out against its neighbours.
        var inOrder = string.Join(' ', times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)));
        var gc = string.Create(CultureInfo.InvariantCulture,
            $"GC over the 30: {(GC.GetTotalAllocatedBytes() - allocated) / 30 / 1024 / 1024.0:F1} MB allocated a call, collections gen0 {GC.CollectionCount(0) - collections.Gen0} gen1 {GC.CollectionCount(1) - collections.Gen1} gen2 {GC.CollectionCount(2) - collections.Gen2}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms");
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-44} first {first.Elapsed.TotalMilliseconds,7:F0} ms   median {times[times.Count / 2],7:F1} ms   slowest {times[^1],7:F1} ms"));
        Console.WriteLine($"    after {warmUpCalls} untimed calls in {warmUpSeconds} s; calls in order (ms): {inOrder}; {gc}");
        return 0;
    }
}
