using BranchBot.Core.Meetings;
using BranchBot.Core.Notifications;

namespace BranchBot.Dialogs.Meetings;

/// <summary>What 往期会议 says: a member's meetings already held, their own attendance and the minutes.</summary>
internal static class PastMeetingsTexts
{
    private const int PreviewLength = 40;

    public const string NoneHeld = "近一年还没有你应参加、已经召开的会议。发送「近期安排」查看接下来的会议。";

    public static string NoneOfKind(string kind, bool missed) => missed
        ? $"近一年你应参加的{kind}都签到参加了，没有要补学的。发送「往期会议」查看全部。"
        : $"近一年还没有你应参加、已经召开的{kind}。发送「往期会议」查看全部。";

    public const string NoneMissed = "近一年你应参加的会议都签到参加了，没有要补学的。发送「往期会议」查看全部。";

    public static string NoneOnDay(DateOnly day) => $"{day.Month}月{day.Day}日没有你应参加的会议。下面是你近一年的会议：\n";

    public static string Unread(string typed) => $"「{typed}」不是序号或会议类型，下面是你近一年的会议：\n";

    public static string NoSuchNumber(int number, int count) => $"没有序号 {number}，你近一年的会议共 {count} 次。下面是列表：\n";

    /// <summary>"近一年你应参加的会议 3 次：出席 2，请假 1，缺席 0。" (or of one kind, one day).</summary>
    public static string Tally(string scope, int held, int attended, int onLeave, int absent) =>
        $"{scope} {held} 次：出席 {attended}，请假 {onLeave}，缺席 {absent}。";

    public static string ListHeader(int shown, int held) =>
        shown < held ? $"最近 {shown} 次：" : "明细：";

    public static string ListFooter(string example) => $"查看某一次的会议记录，请发送序号，例如「{example}」。";

    /// <summary>"出席", "请假", "缺席"; for a meeting still under way, whether the member has signed in yet.</summary>
    public static string Status(AttendanceStatus? status, bool underWay) => status switch
    {
        AttendanceStatus.CheckedIn => "出席",
        AttendanceStatus.LeaveApproved => "请假",
        AttendanceStatus.LeaveRequested => underWay ? "请假待审批" : "请假未审批",
        _ when underWay => "进行中，未签到",
        AttendanceStatus.LeaveDenied => "缺席（请假未批准）",
        _ => "缺席",
    };

    public static string MinutesPreview(string? minutes)
    {
        if (string.IsNullOrWhiteSpace(minutes))
        {
            return "暂无会议记录";
        }

        var flat = minutes.ReplaceLineEndings(" ").Trim();
        return "记录：" + MarkdownText.Escape(flat.Length <= PreviewLength ? flat : flat[..PreviewLength] + "…");
    }

    public static string Detail(string described, string place, string status, string? minutes, bool missed)
    {
        var text = $"{described}\n地点：{place}\n你的情况：{status}\n";
        text += string.IsNullOrWhiteSpace(minutes)
            ? "会议记录：支部还没有录入。想了解会议内容，可以问书记或党小组长。"
            : "会议记录：\n" + MarkdownText.Escape(minutes.Trim());
        return missed ? text + "\n你没有参加这次会议，请按要求补学。" : text;
    }
}
