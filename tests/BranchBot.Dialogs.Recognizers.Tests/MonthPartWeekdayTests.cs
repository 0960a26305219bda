using System.Globalization;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Tests.Recognizers;

/// <summary>
/// A weekday inside a month or part of one ("下个月中旬的周五", "月底的周五"), read on Wednesday 2026-11-25 at 10:00 in
/// Asia/Shanghai. December 2026 starts on a Tuesday.
/// </summary>
public class MonthPartWeekdayTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset WednesdayMorning = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    private static DateTimeRecognition Recognize(string text) => ChineseDateTimeRecognizer.Recognize(text, WednesdayMorning, Shanghai);

    [Theory]
    [InlineData("月底的周五", "2026-11-27")]
    [InlineData("这个月最后一个周五", "2026-11-27")]
    [InlineData("下个月第一个周三", "2026-12-02")]
    [InlineData("下月初周二", "2026-12-01")]
    [InlineData("下个月月初的周一", "2026-12-07")]
    [InlineData("月初的周一", "2026-12-07")]
    [InlineData("下个月下旬找个周五", "2026-12-25")]
    [InlineData("下个月底的周三", "2026-12-30")]
    [InlineData("下下个月第二个周四", "2027-01-14")]
    public void A_weekday_that_falls_once_in_the_month_part_is_that_day(string text, string expected)
    {
        var recognition = Recognize(text);
        Assert.Equal(DateTimeRecognitionStatus.Recognized, recognition.Status);
        Assert.Equal(expected, recognition.Value!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_time_after_the_month_part_weekday_is_read_with_it()
    {
        var recognition = Recognize("安排 党小组会 月底找个周五下午三点 活动室");
        Assert.Equal(DateTimeRecognitionStatus.Recognized, recognition.Status);
        Assert.Equal("2026-11-27 15:00", $"{recognition.Value!.Date:yyyy-MM-dd} {recognition.Value.Time:HH\\:mm}");
    }

    [Theory]
    [InlineData("下个月中旬找个周五下午", "那段时间有2个星期五：12月11日、12月18日，请说是哪一天。")]
    [InlineData("下个月的周三", "那段时间有5个星期三：12月2日、12月9日、12月16日、12月23日、12月30日，请说是哪一天。")]
    [InlineData("下个月 周三下午", "那段时间有5个星期三：12月2日、12月9日、12月16日、12月23日、12月30日，请说是哪一天。")]
    [InlineData("下个月第五个周五", "12月没有第5个星期五，请直接说出日期。")]
    [InlineData("这个月第一个周一", "那天是11月2日，已经过去了，请说一个还没到的日期。")]
    public void A_weekday_that_falls_several_times_or_never_is_asked_not_guessed(string text, string problem)
    {
        var recognition = Recognize(text);
        Assert.Equal(DateTimeRecognitionStatus.Invalid, recognition.Status);
        Assert.Equal(problem, recognition.Problem);
    }

    [Theory]
    [InlineData("下周三", "2026-12-02")]
    [InlineData("周五", "2026-11-27")]
    [InlineData("本月28日", "2026-11-28")]
    [InlineData("下个月5号", "2026-12-05")]
    public void Weekdays_and_dates_without_a_month_part_read_as_before(string text, string expected)
    {
        var recognition = Recognize(text);
        Assert.Equal(DateTimeRecognitionStatus.Recognized, recognition.Status);
        Assert.Equal(expected, recognition.Value!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
