namespace BranchBot.Core.Delivery;

/// <summary>
/// The global send rate: a token bucket (kept as the time the next token is due) on the app's clock, holding a
/// tenth of a second of burst. A channel's 429 pauses every sender until its Retry-After has passed.
/// </summary>
public sealed class DeliveryRateLimiter
{
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _interval;
    private readonly TimeSpan _burst;
    private readonly Lock _lock = new();
    private DateTimeOffset _nextToken;
    private DateTimeOffset _pausedUntil;

    /// <param name="perSecond">Sends per second; 0 or less means unlimited (pauses still apply).</param>
    public DeliveryRateLimiter(TimeProvider timeProvider, double perSecond)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
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
        while (true)
        {
            var delay = Reserve();
            if (delay <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(delay, _timeProvider, cancellationToken);
            if (!IsPaused())
            {
                return;
            }
        }
    }

    /// <summary>Holds every send until <paramref name="until"/> (a channel's Retry-After).</summary>
    public void PauseUntil(DateTimeOffset until)
    {
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
