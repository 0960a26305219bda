namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>"今天" 0, "明天" 1, "大后天" 3, "昨天" -1, "3天后" 3: days counted from the reference date.</summary>
internal sealed record RelativeDayPhrase(int Offset) : DatePhrase
{
    // About ten years; a count beyond that is a typo, and would leave the calendar's range.
    private const int MaxDays = 3660;

    public override Outcome<DateOnly> Resolve(DateContext context) => Math.Abs(Offset) > MaxDays
        ? Outcome<DateOnly>.Fail(DateTimeTexts.TooManyDays(Math.Abs(Offset)))
        : Outcome<DateOnly>.Success(context.Today.AddDays(Offset));
}
