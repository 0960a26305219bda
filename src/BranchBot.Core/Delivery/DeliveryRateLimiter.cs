namespace BranchBot.Core.Delivery;

/// <summary>
/// The global send rate: a token bucket (kept as the time the next token is due) on the app's clock, holding a
/// tenth of a second of burst. A channel's 429 pauses every sender until its Retry-After has passed. With a
/// <see cref="IDeliveryRateLedger"/> (several instances) each send also waits for a slot of the deployment's rate,
/// taken from the ledger a tenth of a second's worth at a time, and a pause is passed on to every instance.
/// </summary>
public sealed class DeliveryRateLimiter
{
    private readonly IDeliveryRateLedger? _ledger;
    private readonly SemaphoreSlim _takingSlots = new(1, 1);
    private readonly Queue<DateTimeOffset> _slots = new();
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _interval;
    private readonly TimeSpan _burst;
    private readonly Lock _lock = new();
    private DateTimeOffset _nextToken;
    private DateTimeOffset _pausedUntil;

    /// <param name="perSecond">Sends per second; 0 or less means unlimited (pauses still apply).</param>
    public DeliveryRateLimiter(TimeProvider timeProvider, double perSecond, IDeliveryRateLedger? ledger = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _ledger = perSecond > 0 ? ledger : null;
        _timeProvider = timeProvider;
        _interval = perSecond > 0 ? TimeSpan.FromSeconds(1 / perSecond) : TimeSpan.Zero;
        var tokens = Math.Max(1, Math.Floor(perSecond / 10));
        _burst = _interval * (tokens - 1);
        _nextToken = timeProvider.GetUtcNow();
        _pausedUntil = DateTimeOffset.MinValue;
    }

    public bool IsUnlimited => _interval == TimeSpan.Zero;

    /// <summary>Waits for a token (and for any pause to end).</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (_ledger is not null)
        {
            var slot = await SharedSlotAsync(cancellationToken);
            var wait = slot - _timeProvider.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(ClockWait.Until(wait), _timeProvider, cancellationToken);
            }
        }

        while (true)
        {
            var delay = Reserve();
            if (delay <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(ClockWait.Until(delay), _timeProvider, cancellationToken);
            if (!IsPaused())
            {
                return;
            }
        }
    }

    /// <summary>Holds every send until <paramref name="until"/> (a channel's Retry-After), on every instance.</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        if (_ledger is not null)
        {
            _ = PassPauseOnAsync(_ledger, until);
        }

        lock (_lock)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }

            if (!IsUnlimited && until + _burst > _nextToken)
            {
                _nextToken = until + _burst;
            }
        }
    }

    private static async Task PassPauseOnAsync(IDeliveryRateLedger ledger, DateTimeOffset until)
    {
        try
        {
            await ledger.PauseUntilAsync(until, CancellationToken.None);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            // This instance pauses anyway; the others learn of the 429 from their own sends.
        }
    }

    private async Task<DateTimeOffset> SharedSlotAsync(CancellationToken cancellationToken)
    {
        await _takingSlots.WaitAsync(cancellationToken);
        try
        {
            if (_slots.Count == 0)
            {
                var tokens = (int)Math.Max(1, Math.Round(_burst / _interval) + 1);
                var first = await _ledger!.TakeAsync(tokens, _interval, _timeProvider.GetUtcNow(), cancellationToken);
                for (var i = 0; i < tokens; i++)
                {
                    _slots.Enqueue(first + _interval * i);
                }
            }

            return _slots.Dequeue();
        }
        finally
        {
            _takingSlots.Release();
        }
    }

    private bool IsPaused()
    {
        lock (_lock)
        {
            return _timeProvider.GetUtcNow() < _pausedUntil;
        }
    }

    /// <summary>Takes the next token; returns how long to wait before using it.</summary>
    private TimeSpan Reserve()
    {
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            if (IsUnlimited)
            {
                return _pausedUntil - now;
            }

            var next = _nextToken > now ? _nextToken : now;
            var sendAt = next - _burst > now ? next - _burst : now;
            if (sendAt < _pausedUntil)
            {
                sendAt = _pausedUntil;
                next = _pausedUntil + _burst;
            }

            _nextToken = next + _interval;
            return sendAt - now;
        }
    }
}
