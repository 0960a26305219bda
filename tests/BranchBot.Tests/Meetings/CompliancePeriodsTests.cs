using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;
using static BranchBot.Tests.Meetings.MeetingBranch;

namespace BranchBot.Tests.Meetings;

public class CompliancePeriodsTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void The_last_minute_of_a_quarter_in_Beijing_belongs_to_that_quarter_although_it_is_afternoon_in_UTC()
    {
        var lastMinute = Beijing(2026, 3, 31, 23, 59);
        var nextMidnight = Beijing(2026, 4, 1);

        Assert.Equal("2026-Q1", CompliancePeriods.Containing(CompliancePeriod.Quarter, lastMinute, Shanghai).Key);
        Assert.Equal("2026-Q2", CompliancePeriods.Containing(CompliancePeriod.Quarter, nextMidnight, Shanghai).Key);
        Assert.Equal("2026-Q1", CompliancePeriods.Containing(CompliancePeriod.Quarter, new DateTimeOffset(2026, 3, 31, 15, 59, 59, TimeSpan.Zero), Shanghai).Key);
        Assert.Equal("2026-Q2", CompliancePeriods.Containing(CompliancePeriod.Quarter, new DateTimeOffset(2026, 3, 31, 16, 0, 0, TimeSpan.Zero), Shanghai).Key);
    }

    [Fact]
    public void Months_quarters_and_years_start_at_local_midnight_and_carry_chinese_labels()
    {
        var month = CompliancePeriods.Containing(CompliancePeriod.Month, Beijing(2026, 11, 25, 10), Shanghai);
        var quarter = CompliancePeriods.Containing(CompliancePeriod.Quarter, Beijing(2026, 11, 25, 10), Shanghai);
        var year = CompliancePeriods.Containing(CompliancePeriod.Year, Beijing(2026, 12, 31, 23, 59), Shanghai);

        Assert.Equal((Beijing(2026, 11, 1), Beijing(2026, 12, 1), "2026-11", 2026, 11), (month.Start, month.End, month.Key, month.Year, month.Number));
        Assert.Equal((Beijing(2026, 10, 1), Beijing(2027, 1, 1), "2026-Q4", 2026, 4), (quarter.Start, quarter.End, quarter.Key, quarter.Year, quarter.Number));
        Assert.Equal((Beijing(2026, 1, 1), Beijing(2027, 1, 1), "2026", 2026, 0), (year.Start, year.End, year.Key, year.Year, year.Number));
        Assert.Equal(("2026年11月", "2026年第四季度", "2026年"), (ComplianceTexts.Period(month), ComplianceTexts.Period(quarter), ComplianceTexts.Period(year)));
    }

    [Fact]
    public void A_leap_year_has_a_29_day_february_and_366_days()
    {
        var february = CompliancePeriods.Month(2028, 2, Shanghai);
        Assert.Equal(TimeSpan.FromDays(29), february.End - february.Start);
        Assert.True(february.Contains(Beijing(2028, 2, 29, 23, 59)));
        Assert.Equal(TimeSpan.FromDays(366), CompliancePeriods.Year(2028, Shanghai).End - CompliancePeriods.Year(2028, Shanghai).Start);
        Assert.Equal(TimeSpan.FromDays(28), CompliancePeriods.Month(2027, 2, Shanghai).End - CompliancePeriods.Month(2027, 2, Shanghai).Start);
    }

    [Fact]
    public void A_quarter_filter_keeps_its_months_itself_and_its_year()
    {
        Assert.Equal(["2026-10", "2026-11", "2026-12"], CompliancePeriods.Overlapping(CompliancePeriod.Month, 2026, 4, Shanghai).Select(p => p.Key));
        Assert.Equal(["2026-Q4"], CompliancePeriods.Overlapping(CompliancePeriod.Quarter, 2026, 4, Shanghai).Select(p => p.Key));
        Assert.Equal(["2026"], CompliancePeriods.Overlapping(CompliancePeriod.Year, 2026, 4, Shanghai).Select(p => p.Key));
        Assert.Equal(12, CompliancePeriods.Overlapping(CompliancePeriod.Month, 2026, null, Shanghai).Count);
    }
}
