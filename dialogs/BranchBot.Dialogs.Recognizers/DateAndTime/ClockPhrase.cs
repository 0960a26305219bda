namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>
/// A clock reading as typed, before any period word is applied: "3点半" is hour 3, minute 30. Minutes may be
/// negative for "差" forms ("十点差五分" is hour 10, minute -5).
/// </summary>
/// <param name="TwentyFourHour">True for a zero-padded "09:00"-style hour, which is taken literally.</param>
internal sealed record ClockPhrase(int Hour, int Minute, int Second, bool TwentyFourHour)
{
    /// <summary>Only an hour ("3点"), which is what words like "三点意见" look like too.</summary>
    public bool HourOnly { get; init; }
}
