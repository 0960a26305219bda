using System.Collections.Concurrent;
using BranchBot.Core.Delivery;

namespace BranchBot.Tests.Delivery;

/// <summary>
/// A delivery channel for engine tests: records each send with the clock's time and answers from a script per
/// member (sent by default).
/// </summary>
internal sealed class RecordingDeliveryChannel(TimeProvider clock) : IDeliveryChannel
{
    private readonly ConcurrentQueue<(string MemberId, string Text, DateTimeOffset At)> _sends = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<DeliveryAttempt>> _scripts = new(StringComparer.Ordinal);
    private int _inFlight;
    private int _maxInFlight;

    public IReadOnlyList<(string MemberId, string Text, DateTimeOffset At)> Sends => [.. _sends];

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>How long each send takes (real time), to let sends overlap.</summary>
    public TimeSpan SendTime { get; init; }

    /// <summary>The answers for a member's next attempts, in order; afterwards sends succeed.</summary>
    public void Answer(string memberId, params DeliveryAttempt[] attempts) =>
        _scripts[memberId] = new ConcurrentQueue<DeliveryAttempt>(attempts);

    public async Task<DeliveryAttempt> SendAsync(DeliveryItem item, CancellationToken cancellationToken)
    {
        var (memberId, message) = (item.MemberId, item.Message);
        var now = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, now);
        try
        {
            if (SendTime > TimeSpan.Zero)
            {
                await Task.Delay(SendTime, cancellationToken);
            }

            _sends.Enqueue((memberId, message.Text, clock.GetUtcNow()));
            return _scripts.TryGetValue(memberId, out var script) && script.TryDequeue(out var scripted) ? scripted : DeliveryAttempt.Sent;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
