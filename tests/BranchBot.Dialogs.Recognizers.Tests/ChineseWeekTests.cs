using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Tests.Recognizers;

public class ChineseWeekTests
{
    [Theory]
    [InlineData(2026, 11, 23)] // Monday
    [InlineData(2026, 11, 25)] // Wednesday
    [InlineData(2026, 11, 29)] // Sunday: the last day of the week, not the first
    public void Every_day_from_Monday_to_Sunday_has_the_same_Monday(int year, int month, int day) =>
        Assert.Equal(new DateOnly(2026, 11, 23), ChineseWeek.MondayOf(new DateOnly(year, month, day)));

    [Fact]
    public void A_Sunday_and_the_Monday_after_it_are_different_weeks()
    {
        var sunday = new DateOnly(2026, 11, 29);
        Assert.True(ChineseWeek.SameWeek(sunday, new DateOnly(2026, 11, 23)));
        Assert.False(ChineseWeek.SameWeek(sunday, new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public void Monday_counts_as_the_first_day_and_Sunday_as_the_seventh()
    {
        Assert.Equal(0, ChineseWeek.DayIndex(DayOfWeek.Monday));
        Assert.Equal(6, ChineseWeek.DayIndex(DayOfWeek.Sunday));
    }
}
