using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Tests.Recognizers;

/// <summary>Shanghai has no daylight saving, so these use New York, where 2026 switches on March 8 and November 1.</summary>
public class ChineseDateTimeDaylightSavingTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void A_time_after_the_spring_change_gets_the_summer_offset()
    {
        var reference = new DateTimeOffset(2026, 3, 7, 10, 0, 0, TimeSpan.FromHours(-5));
        var value = ChineseDateTimeRecognizer.Recognize("明天上午9点", reference, NewYork).Value!;
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 9, 0, 0, TimeSpan.FromHours(-4)), value.Value);
    }

    [Fact]
    public void A_time_in_the_skipped_hour_moves_on_by_the_gap()
    {
        var reference = new DateTimeOffset(2026, 3, 7, 10, 0, 0, TimeSpan.FromHours(-5));
        var value = ChineseDateTimeRecognizer.Recognize("明天凌晨2点半", reference, NewYork).Value!;
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 3, 30, 0, TimeSpan.FromHours(-4)), value.Value);
        Assert.Equal(new TimeOnly(3, 30), value.Time);
    }

    [Fact]
    public void A_time_that_happens_twice_in_autumn_is_the_first_one()
    {
        var reference = new DateTimeOffset(2026, 10, 31, 10, 0, 0, TimeSpan.FromHours(-4));
        var value = ChineseDateTimeRecognizer.Recognize("明天凌晨1点半", reference, NewYork).Value!;
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 1, 30, 0, TimeSpan.FromHours(-4)), value.Value);
    }

    [Fact]
    public void A_date_after_the_autumn_change_starts_at_winter_offset()
    {
        var reference = new DateTimeOffset(2026, 10, 31, 10, 0, 0, TimeSpan.FromHours(-4));
        var value = ChineseDateTimeRecognizer.Recognize("下周三", reference, NewYork).Value!;
        Assert.Equal(new DateTimeOffset(2026, 11, 4, 0, 0, 0, TimeSpan.FromHours(-5)), value.Value);
    }
}
