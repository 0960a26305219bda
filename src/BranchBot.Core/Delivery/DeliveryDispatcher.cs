using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BranchBot.Core.Delivery;

/// <summary>
/// The delivery engine: claims due items (persisted as in flight before any send), sends them through the
/// <see cref="IDeliveryChannel"/> with at most <see cref="DeliveryOptions.MaxConcurrency"/> at once under the global
/// rate limit, and writes the results back in batches.
/// </summary>
public sealed partial class DeliveryDispatcher : IDeliveryDispatcher
{
    private readonly IDeliveryStore _store;
    private readonly IDeliveryChannel _channel;
    private readonly DeliverySignal _signal;
    private readonly TimeProvider _timeProvider;
    private readonly DeliveryOptions _options;
    private readonly DeliveryRetryPolicy _retry;
    private readonly ILogger _logger;
    private readonly ResultsStored _stored = new();

    public DeliveryDispatcher(
        IDeliveryStore store,
        IDeliveryChannel channel,
        DeliverySignal signal,
        TimeProvider timeProvider,
        IOptions<DeliveryOptions> options,
        ILogger<DeliveryDispatcher> logger,
        IDeliveryRateLedger? rateLedger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _channel = channel;
        _signal = signal;
        _timeProvider = timeProvider;
        _options = options.Value;
        _retry = new DeliveryRetryPolicy(_options, Random.Shared);
        _logger = logger;
        Limiter = new DeliveryRateLimiter(timeProvider, _options.MaxPerSecond, rateLedger);
    }

    /// <summary>The one global limiter: shared by every pass so a 429 pauses all of them.</summary>
    public DeliveryRateLimiter Limiter { get; }

    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        var unknown = await _store.MarkInFlightUnknownAsync(_timeProvider.GetUtcNow(), cancellationToken);
        if (unknown > 0)
        {
            LogRecovered(_logger, unknown);
        }

        return unknown;
    }

    public Task<int> RunDueAsync(CancellationToken cancellationToken) =>
        new DeliveryRun(this, untilIdle: true).RunAsync(cancellationToken);

    public Task RunAsync(CancellationToken cancellationToken) =>
        new DeliveryRun(this, untilIdle: false).RunAsync(cancellationToken);

    public async Task<int> RunBatchAsync(string batchId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        var attempts = await new DeliveryRun(this, untilIdle: true, batchId).RunAsync(cancellationToken);
        await WhileTakenByWorkersAsync(batchId, cancellationToken);
        return attempts;
    }

    /// <summary>
    /// A worker woken by the enqueue may have taken some of the batch first: its results are waited for (each store
    /// write wakes the wait), so the caller reads the outcome of every first attempt, not "in flight".
    /// </summary>
    private async Task WhileTakenByWorkersAsync(string batchId, CancellationToken cancellationToken)
    {
        var until = _timeProvider.GetUtcNow() + _options.AttemptTimeout;
        while (true)
        {
            var stored = _stored.Next;
            var items = await _store.GetBatchAsync(batchId, cancellationToken);
            var left = until - _timeProvider.GetUtcNow();
            if (left <= TimeSpan.Zero || !items.Any(item => item.State == DeliveryState.InFlight))
            {
                return;
            }

            try
            {
                await stored.WaitAsync(left, _timeProvider, cancellationToken);
            }
            catch (TimeoutException)
            {
                return;
            }
        }
    }

    internal int MaxConcurrency => Math.Max(_options.MaxConcurrency, 1);

    internal async Task<IReadOnlyList<DeliveryItem>> RecordAndClaimAsync(
        IReadOnlyList<DeliveryItemUpdate> results, int max, string? batchId, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var claimed = batchId is null
            ? await _store.RecordAndClaimAsync(results, now, max, cancellationToken)
            : await _store.RecordAndClaimBatchAsync(batchId, results, now, max, cancellationToken);
        if (results.Count > 0)
        {
            _stored.Pulse();
        }

        return claimed;
    }

    internal async Task RecordAsync(IReadOnlyList<DeliveryItemUpdate> updates, CancellationToken cancellationToken)
    {
        await _store.RecordAsync(updates, cancellationToken);
        if (updates.Count > 0)
        {
            _stored.Pulse();
        }
    }

    /// <summary>Waits for an enqueue, the next retry's time or the poll interval, whichever comes first.</summary>
    internal async Task IdleAsync(CancellationToken cancellationToken)
    {
        var wait = _options.PollInterval > TimeSpan.Zero ? _options.PollInterval : TimeSpan.FromSeconds(1);
        if (await _store.NextDueAsync(cancellationToken) is { } next)
        {
            var untilNext = next - _timeProvider.GetUtcNow();
            if (untilNext < wait)
            {
                wait = untilNext;
            }
        }

        if (wait > TimeSpan.Zero)
        {
            await _signal.WaitAsync(wait, _timeProvider, cancellationToken);
        }
    }

    /// <summary>Waits for the rate limiter; false when stopping first (nothing was sent).</summary>
    internal async Task<bool> WaitForTurnAsync(CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        try
        {
            await Limiter.WaitAsync(cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>One attempt at one item, never throwing for a failed send: the result says what to do next.</summary>
    internal async Task<DeliveryItemUpdate> AttemptAsync(DeliveryItem item, CancellationToken cancellationToken)
    {
        DeliveryAttempt attempt;
        try
        {
            attempt = await _channel.SendAsync(item, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A send must never take the engine down; an unexpected error is treated as one that may pass.
            LogUnexpected(_logger, exception, item.BatchId, item.MemberId);
            attempt = new DeliveryAttempt(DeliveryAttemptKind.Transient, exception.Message);
        }

        var now = _timeProvider.GetUtcNow();
        if (attempt.Kind == DeliveryAttemptKind.Throttled)
        {
            Limiter.PauseUntil(now + (attempt.RetryAfter ?? _retry.Backoff(1)));
        }

        var update = _retry.Next(item, attempt, now);
        if (update.State is DeliveryState.Failed)
        {
            LogFailed(_logger, item.BatchId, item.MemberId, update.Attempts, attempt.Error ?? "-");
        }

        return update;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} outbox items were in flight when the process stopped; marked unknown, not resent.")]
    private static partial void LogRecovered(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error sending outbox item {BatchId}/{MemberId}; will retry.")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string batchId, string memberId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox item {BatchId}/{MemberId} failed after {Attempts} attempts: {Error}")]
    private static partial void LogFailed(ILogger logger, string batchId, string memberId, int attempts, string error);
}
