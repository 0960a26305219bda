using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Tests.Support;

namespace BranchBot.BotFramework.Tests.Outgoing;

public sealed class RetryScheduleTests
{
    private readonly ConnectorClientOptions _options = new() { BaseRetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(60) };

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(40, 60)]
    public void The_backoff_bound_doubles_per_failed_attempt_up_to_the_longest_allowed_wait(int failedAttempt, int boundSeconds)
    {
        var delay = new RetrySchedule(_options, new FixedRandom(1.0)).DelayAfter(failedAttempt, retryAfter: null);

        Assert.Equal(TimeSpan.FromSeconds(boundSeconds), delay);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.25)]
    [InlineData(0.999)]
    public void Full_jitter_draws_anywhere_between_zero_and_the_bound(double draw)
    {
        var delay = new RetrySchedule(_options, new FixedRandom(draw)).DelayAfter(3, retryAfter: null);

        Assert.Equal(TimeSpan.FromSeconds(4 * draw), delay);
    }

    [Fact]
    public void A_retry_after_from_the_channel_replaces_the_backoff()
    {
        var delay = new RetrySchedule(_options, new FixedRandom(0.5)).DelayAfter(1, retryAfter: TimeSpan.FromSeconds(9));

        Assert.Equal(TimeSpan.FromSeconds(9), delay);
    }

    [Fact]
    public void A_retry_after_date_already_past_means_no_wait()
    {
        var delay = new RetrySchedule(_options, new FixedRandom(0.5)).DelayAfter(1, retryAfter: TimeSpan.FromSeconds(-3));

        Assert.Equal(TimeSpan.Zero, delay);
    }
}
