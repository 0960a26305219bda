using BranchBot.Core.Meetings;
using BranchBot.Core.Notifications;

namespace BranchBot.Dialogs.Meetings;

/// <summary>The proactive messages members get about meetings, with the buttons they can answer with.</summary>
internal static class MeetingNotices
{
    public const string LeaveButton = "请假";
    public const string UpcomingButton = "近期安排";
    public const string CheckInButton = "签到";

    /// <summary>
    /// The 会议通知; a meeting arranged at short notice, whose check-in is already open, gets the check-in line and
    /// button in this one message (the scheduler then sends no reminder or check-in notice already due).
    /// </summary>
    public static Notification Arranged(Meeting meeting, MeetingPresenter presenter, CheckInWindow window) => new(
        $"【会议通知】{MeetingKinds.ToChinese(meeting.Kind)}\n{Details(meeting, presenter)}{CheckInLine(meeting, presenter, window)}\n请准时参加。如不能参加，请点「请假」并说明原因。",
        Buttons(presenter, window))
    {
        Key = NoticeKeys.Of("meeting-arranged", meeting.Id),
    };

    /// <summary>The 会议变更: only what changed, from → to, then the check-in line when check-in is open.</summary>
    public static Notification Changed(Meeting before, Meeting after, MeetingPresenter presenter, CheckInWindow window) => new(
        $"【会议变更】原定{presenter.Describe(before)}有变化：\n{Differences(before, after, presenter)}{CheckInLine(after, presenter, window)}\n如不能参加，请点「请假」并说明原因。",
        Buttons(presenter, window))
    {
        Key = NoticeKeys.Once("meeting-changed"),
    };

    public static Notification Cancelled(Meeting meeting, MeetingPresenter presenter) => new(
        $"【会议取消】原定{presenter.Describe(meeting)}已取消，请留意后续安排。",
        [UpcomingButton])
    {
        Key = NoticeKeys.Once("meeting-cancelled"),
    };

    /// <summary>Time, and place and topic when given: a notice does not show empty fields.</summary>
    public static string Details(Meeting meeting, MeetingPresenter presenter) =>
        $"时间：{presenter.When(meeting.StartsAt)}" +
        (meeting.Place is { Length: > 0 } place ? $"\n地点：{place}" : string.Empty) +
        (meeting.Topic is { Length: > 0 } topic ? $"\n主题：{topic}" : string.Empty);

    public static Notification PlanCreated(MeetingPlan plan, string rhythm, IReadOnlyList<string> dates) => new(
        $"【定期会议】支部设定了{rhythm}的{MeetingKinds.ToChinese(plan.Kind)}{PlanDetails(plan)}。\n近期安排：{string.Join("、", dates)}。\n如不能参加，请点「请假」并说明原因。",
        [LeaveButton, UpcomingButton])
    {
        Key = NoticeKeys.Of("meeting-plan", plan.Id),
    };

    private static string Differences(Meeting before, Meeting after, MeetingPresenter presenter)
    {
        var lines = new List<string>();
        if (before.StartsAt != after.StartsAt)
        {
            lines.Add($"时间：{presenter.When(before.StartsAt)} → {presenter.When(after.StartsAt)}");
        }

        AddChange(lines, "地点", before.Place, after.Place);
        AddChange(lines, "主题", before.Topic, after.Topic);
        return lines.Count == 0 ? Details(after, presenter) : string.Join("\n", lines);
    }

    private static void AddChange(List<string> lines, string field, string? before, string? after)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        lines.Add(string.IsNullOrEmpty(before) ? $"{field}：{after}（新增）" : string.IsNullOrEmpty(after) ? $"{field}：{before}（取消）" : $"{field}：{before} → {after}");
    }

    private static bool CheckInOpen(MeetingPresenter presenter, CheckInWindow window) => window.Contains(presenter.Clock.UtcNow);

    private static string CheckInLine(Meeting meeting, MeetingPresenter presenter, CheckInWindow window)
    {
        if (!CheckInOpen(presenter, window))
        {
            return string.Empty;
        }

        var how = meeting.CheckInCode is { Length: > 0 } ? "需要签到码（在会场公布），请发送「签到 签到码」" : "到场后请点「签到」";
        return $"\n签到已开始，{MeetingTexts.Time(presenter.Clock.ToLocal(window.Closes))}截止，{how}。";
    }

    private static IReadOnlyList<string> Buttons(MeetingPresenter presenter, CheckInWindow window) =>
        CheckInOpen(presenter, window) ? [CheckInButton, LeaveButton, UpcomingButton] : [LeaveButton, UpcomingButton];

    private static string PlanDetails(MeetingPlan plan)
    {
        string[] given = [.. new[] { plan.Place is { Length: > 0 } p ? $"地点：{p}" : null, plan.Topic is { Length: > 0 } t ? $"主题：{t}" : null }.OfType<string>()];
        return given.Length == 0 ? string.Empty : $"（{string.Join("；", given)}）";
    }
}
