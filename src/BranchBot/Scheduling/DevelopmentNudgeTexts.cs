using BranchBot.Core.PartyDevelopment;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Scheduling;

/// <summary>The 发展党员 nudges: names, steps and dates only, with the article each deadline comes from.</summary>
public static class DevelopmentNudgeTexts
{
    private const string Rules = "《中国共产党发展党员工作细则》";

    public static string Talk(DevelopmentRecord record, DevelopmentDue due) =>
        $"【发展党员提醒】{Name(record)}的入党申请书收到已近一个月，请在{Day(due.Date)}前派人同其谈话（{Rules}第七条）。谈话后发送「记录 {record.Name} 谈话 日期」。";

    public static string Review(DevelopmentRecord record, DevelopmentDue due) =>
        $"【发展党员提醒】{Name(record)}的半年一次培养考察应于{Day(due.Date)}前进行。考察后发送「记录 {record.Name} 考察 日期」。";

    public static string ProbationReview(DevelopmentRecord record, DevelopmentDue due) =>
        $"【发展党员提醒】预备党员{Name(record)}的半年一次预备期考察应于{Day(due.Date)}前进行（{Rules}第五章）。考察后发送「记录 {record.Name} 预备期考察 日期」。";

    public static string Eligible(DevelopmentRecord record, DevelopmentDue due) =>
        $"【发展党员提醒】{Name(record)}自确定为入党积极分子起已满一年（{Day(due.Date)}），可由支委会研究是否列为发展对象并报上级党委备案（{Rules}第十三条）。";

    public static string ApprovalOverdue(DevelopmentRecord record, DevelopmentDue due) =>
        $"【发展党员提醒】{Name(record)}的支部大会接收决议已报党委，应在{Day(due.Date)}前审批，至今未记录审批结果。特殊情况可延长，但最长不超过六个月（{Rules}第四章）。请向上级党委了解进度。";

    public static string ConversionApprovalOverdue(DevelopmentRecord record, DevelopmentDue due) =>
        $"【发展党员提醒】{Name(record)}的支部大会转正决议已报党委，应在{Day(due.Date)}前审批，至今未记录审批结果；党委批准前仍是预备党员（{Rules}第三十四条）。审批后发送「记录 {record.Name} 转正审批 日期」。";

    public static string ProbationEnding(DevelopmentRecord record, DevelopmentDue due, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(due);
        var days = due.Date.DayNumber - today.DayNumber;
        var which = due.Kind == DevelopmentDueKind.ExtensionEnds ? "延长的预备期" : "预备期";
        var next = due.Kind == DevelopmentDueKind.ExtensionEnds ? "转为正式党员或取消预备党员资格" : "能否按期转为正式党员";
        var when = days > 0 ? $"还有{days}天期满（{Day(due.Date)}）" : $"已于{Day(due.Date)}期满";
        return $"【发展党员提醒】{Name(record)}的{which}{when}，请提醒本人提交转正申请，并及时召开支部大会讨论其{next}（{Rules}第三十二条、第三十三条）。";
    }

    private static string Name(DevelopmentRecord record) => record?.Name + "同志";

    private static string Day(DateOnly date) => ChineseDateTimeFormatter.Format(date);
}
