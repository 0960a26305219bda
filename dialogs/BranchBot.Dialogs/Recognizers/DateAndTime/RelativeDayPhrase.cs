namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>"今天" 0, "明天" 1, "大后天" 3, "昨天" -1, "3天后" 3: days counted from the reference date.</summary>
internal sealed record RelativeDayPhrase(int Offset) : DatePhrase
{
    public override Outcome<DateOnly> Resolve(DateContext context) => Outcome<DateOnly>.Success(context.Today.AddDays(Offset));
}
