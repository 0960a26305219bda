using BranchBot.Core.Meetings;
using BranchBot.Core.Notifications;

namespace BranchBot.Dialogs.Meetings;

/// <summary>The proactive messages members get about meetings, with the buttons they can answer with.</summary>
internal static class MeetingNotices
{
    public const string LeaveButton = "请假";
    public const string UpcomingButton = "近期安排";

    public static Notification Arranged(Meeting meeting, MeetingPresenter presenter) => new(
        $"【会议通知】{MeetingKinds.ToChinese(meeting.Kind)}\n{Details(meeting, presenter)}\n请准时参加。如不能参加，请点「请假」并说明原因。",
        [LeaveButton, UpcomingButton]);

    public static Notification Changed(Meeting before, Meeting after, MeetingPresenter presenter) => new(
        $"【会议变更】原定{presenter.Describe(before)}有变化：\n{Details(after, presenter)}\n如不能参加，请点「请假」并说明原因。",
        [LeaveButton, UpcomingButton]);

    public static Notification Cancelled(Meeting meeting, MeetingPresenter presenter) => new(
        $"【会议取消】原定{presenter.Describe(meeting)}已取消，请留意后续安排。",
        [UpcomingButton]);

    public static string Details(Meeting meeting, MeetingPresenter presenter) =>
        $"时间：{presenter.When(meeting.StartsAt)}\n地点：{meeting.Place ?? MeetingTexts.NoPlace}\n主题：{meeting.Topic ?? MeetingTexts.NoTopic}";

    public static Notification PlanCreated(MeetingPlan plan, string rhythm, IReadOnlyList<string> dates) => new(
        $"【定期会议】支部设定了{rhythm}的{MeetingKinds.ToChinese(plan.Kind)}" +
        $"（地点：{plan.Place ?? MeetingTexts.NoPlace}；主题：{plan.Topic ?? MeetingTexts.NoTopic}）。\n近期安排：{string.Join("、", dates)}。\n如不能参加，请点「请假」并说明原因。",
        [LeaveButton, UpcomingButton]);
}
