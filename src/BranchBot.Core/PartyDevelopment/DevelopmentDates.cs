namespace BranchBot.Core.PartyDevelopment;

/// <summary>
/// Date arithmetic of the 细则's periods. A period of months or years ends on the same day of the later month; when
/// that month has no such day (31 January + 1 month, 29 February + 1 year) it ends on the month's last day.
/// </summary>
public static class DevelopmentDates
{
    public static DateOnly AddMonths(DateOnly from, int months) => from.AddMonths(months);

    public static DateOnly AddYears(DateOnly from, int years) => from.AddYears(years);
}
