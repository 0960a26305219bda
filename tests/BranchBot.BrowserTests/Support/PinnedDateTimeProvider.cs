namespace BranchBot.BrowserTests.Support;

/// <summary>
/// Real time passing from a fixed starting moment. The browser tests need a live clock (timers, delays, the chat
/// page's polling) but must not depend on the calendar date: data seeded "two days ago" has to land in the month
/// the console shows, whatever day the suite runs on. The start lies in the future so cookies with an absolute
/// expiry are kept by the browser.
/// </summary>
public sealed class PinnedDateTimeProvider(DateTimeOffset start) : TimeProvider
{
    /// <summary>Mid-month, mid-quarter, a Tuesday morning in Beijing: far from every period boundary.</summary>
    public static readonly DateTimeOffset MidMonth = new(2031, 5, 13, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly long _startedAt = System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + System.GetElapsedTime(_startedAt);
}
