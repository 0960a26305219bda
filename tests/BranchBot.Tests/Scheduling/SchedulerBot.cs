using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Scheduling;
using BranchBot.Storage.LiteDb;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace BranchBot.Tests.Scheduling;

/// <summary>
/// The whole bot with the meeting scheduler, on a fake clock. Quartz holds the triggers but is not started:
/// <see cref="RunUntilAsync"/> plays its part, firing each trigger in time order at its own instant, so every
/// rule runs deterministically. The database is in memory, or a file when a test restarts the server.
/// </summary>
internal sealed class SchedulerBot : IAsyncDisposable
{
    public SchedulerBot(string? databaseFile = null, Action<IServiceCollection>? configure = null, DateTimeOffset? startAt = null)
    {
        Bot = new BotHarness(services =>
        {
            if (databaseFile is not null)
            {
                services.AddSingleton(_ => LiteDbContext.Open($"Filename={databaseFile};Connection=direct"));
            }

            configure?.Invoke(services);
        });
        if (startAt is { } start)
        {
            Bot.Clock.SetUtcNow(start);
        }
    }

    public BotHarness Bot { get; }

    public IServiceProvider Services => Bot.Services;

    public IMeetingStore Store => Services.GetRequiredService<IMeetingStore>();

    public MeetingService Meetings => Services.GetRequiredService<MeetingService>();

    public async Task<IScheduler> SchedulerAsync() =>
        await Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);

    public async Task<Member> MemberAsync(string userId) =>
        await Services.GetRequiredService<IMembershipStore>().FindByChatAccountAsync(new ChatAccount("test", userId), CancellationToken.None)
        ?? throw new InvalidOperationException($"No member on test|{userId}.");

    /// <summary>Arranges a meeting as the secretary (user "secretary"), through the domain service as the chat does.</summary>
    public async Task<Meeting> ArrangeAsync(MeetingDraft draft)
    {
        var outcome = await Meetings.CreateAsync(draft, await MemberAsync("secretary"), CancellationToken.None);
        Assert.True(outcome.Succeeded, outcome.Problem?.ToString());
        return outcome.Value!;
    }

    /// <summary>The meeting triggers Quartz holds: key name, event, revision and next fire time.</summary>
    public async Task<IReadOnlyList<(string Key, string Event, int Revision, DateTimeOffset FiresAt)>> TriggersAsync()
    {
        var scheduler = await SchedulerAsync();
        var keys = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(MeetingTriggers.Group), CancellationToken.None);
        var triggers = new List<(string, string, int, DateTimeOffset)>();
        foreach (var key in keys)
        {
            var trigger = await scheduler.GetTrigger(key, CancellationToken.None);
            if (trigger?.NextFireTimeUtc is { } next)
            {
                triggers.Add((key.Name, trigger.JobDataMap.GetString(MeetingTriggers.EventKey)!, trigger.JobDataMap.GetInt(MeetingTriggers.RevisionKey), next));
            }
        }

        return [.. triggers.OrderBy(t => t.Item4).ThenBy(t => t.Item1, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Moves the clock to <paramref name="until"/>, firing on the way every meeting trigger that comes due, each at
    /// its own time, as Quartz would; returns what each run did.
    /// </summary>
    public async Task<IReadOnlyList<(string Event, MeetingEventOutcome Outcome)>> RunUntilAsync(DateTimeOffset until)
    {
        var runner = Services.GetRequiredService<MeetingEventRunner>();
        var scheduler = await SchedulerAsync();
        var outcomes = new List<(string, MeetingEventOutcome)>();
        while ((await TriggersAsync()).FirstOrDefault(t => t.FiresAt <= until) is { Key: not null } next)
        {
            if (next.FiresAt > Bot.Clock.GetUtcNow())
            {
                Bot.Clock.SetUtcNow(next.FiresAt);
            }

            var key = new TriggerKey(next.Key, MeetingTriggers.Group);
            var meetingId = (await scheduler.GetTrigger(key, CancellationToken.None))!.JobKey.Name;
            await scheduler.UnscheduleJob(key, CancellationToken.None);
            outcomes.Add((next.Event, await runner.RunAsync(meetingId, next.Revision, next.Event, CancellationToken.None)));
        }

        if (until > Bot.Clock.GetUtcNow())
        {
            Bot.Clock.SetUtcNow(until);
        }

        return outcomes;
    }

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}
