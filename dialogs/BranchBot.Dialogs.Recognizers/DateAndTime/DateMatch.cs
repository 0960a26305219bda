namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>A parsed date phrase; words like 今晚 and 明早 also carry a period of the day.</summary>
internal sealed record DateMatch(DatePhrase Phrase, PeriodMatch? ImpliedPeriod = null);
