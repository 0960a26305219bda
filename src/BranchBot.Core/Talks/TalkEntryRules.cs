namespace BranchBot.Core.Talks;

/// <summary>What a talk record must look like before it is stored.</summary>
internal static class TalkEntryRules
{
    /// <summary>A Chinese problem, or null when the entry can be stored.</summary>
    public static string? Check(TalkEntry entry, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(entry.Topics))
        {
            return "请写上谈话的主要内容，例如「记录谈心 李明 交流了近期学习体会」。";
        }

        if (entry.Topics.Trim().Length > TalkRecordService.MaxTextLength
            || entry.Issues?.Trim().Length > TalkRecordService.MaxTextLength
            || entry.FollowUp?.Trim().Length > TalkRecordService.MaxTextLength)
        {
            return $"内容太长了，每一项请控制在{TalkRecordService.MaxTextLength}个字以内。";
        }

        if (entry.Date is { } date && date > today)
        {
            return "谈话日期不能晚于今天，请记录已经进行过的谈话。";
        }

        if (entry.Date is { } past && past < today.AddYears(-1).AddDays(1 - today.AddYears(-1).DayOfYear))
        {
            return "谈话日期太早了，只能记录今年和去年的谈话。";
        }

        return null;
    }
}
