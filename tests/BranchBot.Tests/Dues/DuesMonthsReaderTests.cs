using BranchBot.Core.Dues;
using BranchBot.Dialogs.Dues;

namespace BranchBot.Tests.Dues;

/// <summary>Months as people write them, read against November 2026 (and January 2027 for the year end).</summary>
public class DuesMonthsReaderTests
{
    private static readonly DuesMonth November = new(2026, 11);

    [Theory]
    [InlineData("这个月", "2026-11")]
    [InlineData("本月", "2026-11")]
    [InlineData("上个月", "2026-10")]
    [InlineData("下个月", "2026-12")]
    [InlineData("11月", "2026-11")]
    [InlineData("十二月", "2026-12")]
    [InlineData("1-3月", "2027-01 2027-02 2027-03")]
    [InlineData("1月到3月", "2027-01 2027-02 2027-03")]
    [InlineData("10月 11月 12月", "2026-10 2026-11 2026-12")]
    [InlineData("10月、11月、12月", "2026-10 2026-11 2026-12")]
    [InlineData("11月-2月", "2026-11 2026-12 2027-01 2027-02")]
    [InlineData("第一季度", "2027-01 2027-02 2027-03")]
    [InlineData("2026年第一季度", "2026-01 2026-02 2026-03")]
    [InlineData("四季度", "2026-10 2026-11 2026-12")]
    [InlineData("2026年5月", "2026-05")]
    [InlineData("5月", "2026-05")]
    [InlineData("11、12月", "2026-11 2026-12")]
    [InlineData("11和12月", "2026-11 2026-12")]
    [InlineData("2027年1、2月", "2027-01 2027-02")]
    [InlineData("2026年11月至2027年1月", "2026-11 2026-12 2027-01")]
    [InlineData("11月到明年2月", "2026-11 2026-12 2027-01 2027-02")]
    [InlineData("明年11月", "2027-11")]
    [InlineData("今年1月", "2026-01")]
    [InlineData("去年12月", "2025-12")]
    [InlineData("上半年", "2026-01 2026-02 2026-03 2026-04 2026-05 2026-06")]
    [InlineData("明年上半年", "2027-01 2027-02 2027-03 2027-04 2027-05 2027-06")]
    [InlineData("这个月和下个月", "2026-11 2026-12")]
    public void Months_are_read_as_written(string text, string expected)
    {
        var reading = DuesMonthsReader.Read(text, November);
        Assert.False(reading.Unclear);
        Assert.Equal(expected, string.Join(' ', reading.Months.Select(m => m.Key)));
        Assert.Equal(string.Empty, reading.Rest);
    }

    [Theory]
    [InlineData("三个月")]
    [InlineData("3个月")]
    [InlineData("前几月")]
    [InlineData("13月")]
    [InlineData("第五季度")]
    [InlineData("半年")]
    [InlineData("一年")]
    [InlineData("2026年11月至2029年1月")]
    public void Months_that_cannot_be_read_with_certainty_are_unclear(string text) =>
        Assert.True(DuesMonthsReader.Read(text, November).Unclear);

    [Fact]
    public void In_january_last_month_is_december_of_the_year_before() =>
        Assert.Equal([new DuesMonth(2026, 12)], DuesMonthsReader.Read("上个月", new DuesMonth(2027, 1)).Months);

    [Fact]
    public void No_month_named_leaves_the_rest_for_the_command()
    {
        var reading = DuesMonthsReader.Read("张三 360", November);
        Assert.True(reading.None);
        Assert.Equal("张三 360", reading.Rest);
    }
}
