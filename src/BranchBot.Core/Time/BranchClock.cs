using Microsoft.Extensions.Options;

namespace BranchBot.Core.Time;

/// <summary>The branch's wall clock: <see cref="TimeProvider"/> seen from the branch's time zone.</summary>
public sealed class BranchClock
{
    private readonly TimeProvider _timeProvider;

    public BranchClock(TimeProvider timeProvider, IOptions<BranchBotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _timeProvider = timeProvider;
        Zone = ResolveZone(options.Value.TimeZone);
    }

    public TimeZoneInfo Zone { get; }

    public DateTimeOffset UtcNow => _timeProvider.GetUtcNow();

    /// <summary>Now, with the branch's offset.</summary>
    public DateTimeOffset Now => ToLocal(UtcNow);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    private static TimeZoneInfo ResolveZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException exception)
        {
            throw new InvalidOperationException($"BranchBot:TimeZone '{id}' is not a known time zone (use an IANA name such as Asia/Shanghai).", exception);
        }
    }
}
