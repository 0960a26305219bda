using BranchBot.Core.Dues;

namespace BranchBot.Tests.Dues;

public class DuesMonthTests
{
    [Fact]
    public void Months_count_across_the_year_end_both_ways()
    {
        var december = new DuesMonth(2026, 12);
        Assert.Equal(new DuesMonth(2027, 1), december.AddMonths(1));
        Assert.Equal(new DuesMonth(2026, 10), new DuesMonth(2027, 1).AddMonths(-3));
        Assert.Equal(
            [new DuesMonth(2026, 11), new DuesMonth(2026, 12), new DuesMonth(2027, 1), new DuesMonth(2027, 2)],
            DuesMonth.Range(new DuesMonth(2026, 11), new DuesMonth(2027, 2)));
        Assert.True(new DuesMonth(2026, 12) < new DuesMonth(2027, 1));
        Assert.Empty(DuesMonth.Range(new DuesMonth(2027, 1), new DuesMonth(2026, 12)));
    }

    [Theory]
    [InlineData("2026-01", true)]
    [InlineData("2026-12", true)]
    [InlineData("2026-13", false)]
    [InlineData("2026-1", false)]
    [InlineData("abcd-01", false)]
    public void Keys_round_trip_and_bad_ones_are_refused(string key, bool valid)
    {
        Assert.Equal(valid, DuesMonth.TryParseKey(key, out var month));
        if (valid)
        {
            Assert.Equal(key, month.Key);
        }
    }

    [Fact]
    public void A_month_outside_the_calendar_cannot_be_made() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DuesMonth(2026, 13));
}
