namespace BranchBot.Dialogs.Recognizers;

/// <summary>Weeks as they are counted in China: Monday is the first day, Sunday the last.</summary>
public static class ChineseWeek
{
    /// <summary>Monday 0 … Sunday 6.</summary>
    public static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-DayIndex(date.DayOfWeek));

    public static bool SameWeek(DateOnly first, DateOnly second) => MondayOf(first) == MondayOf(second);
}
