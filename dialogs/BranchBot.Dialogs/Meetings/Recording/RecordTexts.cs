using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;

namespace BranchBot.Dialogs.Meetings.Recording;

/// <summary>What 补录 says.</summary>
internal static class RecordTexts
{
    public const string Everyone = "全体出席";
    public const string FieldPeople = "出席人员";

    public const string AskKind = "要补录哪一类会议？";
    public const string AskTopic = "会议主题是什么？（没有可回复「跳过」）";
    public const string NotRecorded = "好的，没有补录。";
    public const string TimeExample = "例如「10月15日下午3点」「上周三14:30」「2026年3月5日上午9点」。";

    public static string AskTime(MeetingKind kind) => $"这次{MeetingKinds.ToChinese(kind)}是哪天几点召开的？{TimeExample}";

    public static string AskTimeOfDay(DateOnly date) => $"{date.Month}月{date.Day}日几点开始的？例如「下午3点」或「14:30」。";

    public static string TimeAhead(string typed) =>
        $"「{typed}」还没有到。补录只用于已经召开的会议；将来的会议请用「安排」。";

    public static string AskPeople(string audience) =>
        $"哪些同志出席了？请写姓名，用空格、顿号或逗号隔开；有请假的写在「请假」后面，例如「张三、李四 请假 王五」。应参加人员：{audience}。全员到会请点「{Everyone}」。";

    public static string UnknownNames(IEnumerable<string> names) =>
        $"名册中找不到：{string.Join("、", names)}。请核对姓名（须与名册一致）后重新填写。";

    public static string Summary(
        MeetingKind kind, string when, string? place, string? topic, string host, string audience, IReadOnlyList<Member> attended, IReadOnlyList<Member> onLeave) =>
        $"请确认补录的会议：\n类型：{MeetingKinds.ToChinese(kind)}\n时间：{when}\n地点：{place ?? MeetingTexts.NoPlace}\n主题：{topic ?? MeetingTexts.NoTopic}\n" +
        $"主持人：{host}\n应参加：{audience}\n出席（{attended.Count}人）：{MeetingTexts.Names(attended)}\n" +
        $"请假（{onLeave.Count}人）：{(onLeave.Count == 0 ? "无" : MeetingTexts.Names(onLeave))}\n" +
        "补录的会议计入台账和出勤统计，不会通知任何人。确认无误请点「确认」；需要改动请点「修改」；不补录了请点「取消」。";

    public static string Recorded(string described, RecordedMeeting recorded, int absent) =>
        $"已补录：{described}。出席 {recorded.Attended.Count} 人，请假 {recorded.OnLeave.Count} 人，缺席 {absent} 人。已计入台账；" +
        "可发送「签到情况」查看，或发送「会议记录」补充会议记录。";
}
