namespace BranchBot.Core.Talks;

/// <summary>What a talk record must look like before it is stored.</summary>
internal static class TalkEntryRules
{
    /// <summary>The first problem, or null when the entry can be stored.</summary>
    public static TalkProblem? Check(TalkEntry entry, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(entry.Topics))
        {
            return new TalkProblem.TopicsMissing();
        }

        if (entry.Topics.Trim().Length > TalkRecordService.MaxTextLength
            || entry.Issues?.Trim().Length > TalkRecordService.MaxTextLength
            || entry.FollowUp?.Trim().Length > TalkRecordService.MaxTextLength)
        {
            return new TalkProblem.TextTooLong(TalkRecordService.MaxTextLength);
        }

        if (entry.Date is { } date && date > today)
        {
            return new TalkProblem.DateInFuture();
        }

        if (entry.Date is { } past && past < today.AddYears(-1).AddDays(1 - today.AddYears(-1).DayOfYear))
        {
            return new TalkProblem.DateTooEarly();
        }

        return null;
    }
}
