namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>One date-time expression found in the text, still unresolved; End is exclusive.</summary>
internal sealed record ParsedExpression(int Start, int End, DateMatch? Date, PeriodMatch? Period, ClockPhrase? Clock);
