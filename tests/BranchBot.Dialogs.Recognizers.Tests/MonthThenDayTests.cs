using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Tests.Recognizers;

public class MonthThenDayTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset WednesdayMorning = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("下个月的主题党日 18号下午3点 革命纪念馆 参观", "主题党日 下个月18号下午3点 革命纪念馆 参观")]
    [InlineData("下月党课 二十号 上午九点", "党课 下月二十号 上午九点")]
    [InlineData("这个月的党小组会 定在28日晚上", "党小组会 定在 这个月28日晚上")]
    public void A_month_said_apart_from_its_day_is_moved_next_to_it(string text, string joined) =>
        Assert.Equal(joined, MonthThenDay.Join(text));

    [Theory]
    [InlineData("下个月18号下午3点 主题党日")]
    [InlineData("下个月的主题党日，12月20号下午")]
    [InlineData("下个月的第一个周五 党课")]
    [InlineData("每月18号下午3点 主题党日")]
    [InlineData("上个月的党员大会 18号开的")]
    [InlineData("下个月的主题党日 明天再定")]
    public void A_month_already_by_its_day_or_with_another_date_is_left_as_it_is(string text) =>
        Assert.Equal(text, MonthThenDay.Join(text));

    /// <summary>"30号" alone, on 11月25日, is 11月30日.</summary>
    [Fact]
    public void The_moved_month_gives_the_day_of_that_month()
    {
        var read = ChineseDateTimeRecognizer.Recognize(MonthThenDay.Join("下个月的主题党日 30号下午3点"), WednesdayMorning, Shanghai);

        Assert.True(read.Succeeded);
        Assert.Equal(new DateOnly(2026, 12, 30), read.Value!.Date);
    }
}
