using BranchBot.Core.Delivery;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Delivery;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.Delivery;

/// <summary>The outbox, its LiteDB store and the dispatcher over a recording channel, on a fake clock.</summary>
internal sealed class DeliveryEngine : IDisposable
{
    public DeliveryEngine(DeliveryOptions? options = null, LiteDbContext? database = null, FakeTimeProvider? clock = null)
    {
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
        Database = database ?? LiteDbContext.InMemory();
        Options = options ?? new DeliveryOptions { MaxPerSecond = 0 };
        Store = new LiteDbDeliveryStore(Database);
        Channel = new RecordingDeliveryChannel(Clock);
        var signal = new DeliverySignal();
        Outbox = new DeliveryOutbox(Store, signal, Clock);
        Dispatcher = new DeliveryDispatcher(Store, Channel, signal, Clock, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<DeliveryDispatcher>.Instance);
    }

    /// <summary>A second dispatcher over the same store and clock that sends through <paramref name="channel"/>.</summary>
    public DeliveryDispatcher DispatcherOver(IDeliveryChannel channel) =>
        new(Store, channel, new DeliverySignal(), Clock, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<DeliveryDispatcher>.Instance);

    public FakeTimeProvider Clock { get; }

    public LiteDbContext Database { get; }

    public DeliveryOptions Options { get; }

    public LiteDbDeliveryStore Store { get; }

    public RecordingDeliveryChannel Channel { get; }

    public DeliveryOutbox Outbox { get; }

    public DeliveryDispatcher Dispatcher { get; }

    public static IReadOnlyList<string> Members(int count) => [.. Enumerable.Range(1, count).Select(i => $"m{i:D4}")];

    public Task<int> EnqueueAsync(string batchId, IReadOnlyList<string> members, string text = "通知", DateTimeOffset? notBefore = null) =>
        Outbox.EnqueueAsync(new DeliveryRequest(batchId, members, new DeliveryMessage(text), notBefore), CancellationToken.None);

    public Task<DeliveryReport> ReportAsync(string batchId) => Outbox.GetReportAsync(batchId, CancellationToken.None);

    /// <summary>Runs a pass while moving the fake clock forward in small steps, for sends that wait on the clock.</summary>
    public async Task<int> RunDueWhileAdvancingAsync(TimeSpan step, TimeSpan limit)
    {
        var pass = Dispatcher.RunDueAsync(CancellationToken.None);
        var advanced = TimeSpan.Zero;
        while (!pass.IsCompleted && advanced < limit)
        {
            await Task.WhenAny(pass, Task.Delay(2));
            if (!pass.IsCompleted)
            {
                Clock.Advance(step);
                advanced += step;
            }
        }

        return await pass;
    }

    public void Dispose() => Database.Dispose();
}
