using BranchBot.Core.Notifications;
using System.Globalization;
using System.Text;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Scheduling;

/// <summary>What the scheduler says to members and the secretary. Times are given already in the branch's zone.</summary>
public static class SchedulerTexts
{
    public const string CheckInButton = "签到";
    public const string LeaveButton = "请假";

    public static string Reminder(Meeting meeting, DateTimeOffset localStart, TimeSpan ahead)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"【会议提醒】{MeetingKinds.ToChinese(meeting.Kind)}将于{Ahead(ahead)}后召开。\n")
            .Append(Details(meeting, localStart))
            .Append("\n请准时参加；不能参加请点「请假」并说明原因。");
        return text.ToString();
    }

    public static string CheckInOpened(Meeting meeting, DateTimeOffset localStart, DateTimeOffset localCloses)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var how = meeting.CheckInCode is { Length: > 0 }
            ? "本次会议签到需要签到码（在会场公布），请发送「签到 签到码」。"
            : "请点「签到」。";
        return $"【签到已开始】{MeetingKinds.ToChinese(meeting.Kind)}可以签到了，签到截止{Clock(localCloses)}。\n"
            + Details(meeting, localStart) + "\n" + how;
    }

    public static string MakeUpStudy(Meeting meeting, DateTimeOffset localStart)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var topic = meeting.Topic is { Length: > 0 } ? $"（主题：{meeting.Topic}）" : string.Empty;
        var head = $"【补学提醒】你没有参加{DateAndClock(localStart)}的{MeetingKinds.ToChinese(meeting.Kind)}{topic}，也没有获准请假。";
        return meeting.Minutes is { } minutes
            ? head + "请根据下面的会议记录及时补学，如有疑问请联系支部书记。\n会议记录：\n" + MarkdownText.Escape(minutes)
            : head + "请及时补学会议内容；支部录入会议记录后会发给你（也可发送「往期会议」查看）。如有疑问请联系支部书记。";
    }

    /// <summary>The minutes saved after the meeting, to one who did not attend it.</summary>
    public static string MinutesForMakeUp(Meeting meeting, DateTimeOffset localStart)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var topic = meeting.Topic is { Length: > 0 } ? $"（主题：{meeting.Topic}）" : string.Empty;
        return $"【会议记录】{DateAndClock(localStart)}的{MeetingKinds.ToChinese(meeting.Kind)}{topic}的会议记录已录入。你没有参加这次会议，请据此补学：\n"
            + MarkdownText.Escape(meeting.Minutes);
    }

    public static string Announcement(Meeting meeting, DateTimeOffset localStart)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return $"【会议通知】已按支部计划安排{MeetingKinds.ToChinese(meeting.Kind)}。\n"
            + Details(meeting, localStart)
            + "\n会前会再提醒你；不能参加请点「请假」并说明原因。";
    }

    /// <summary>The secretary's report after a meeting: counts, the attendance rate and names per status.</summary>
    public static string AttendanceSummary(AttendanceSummary summary, DateTimeOffset localStart)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var meeting = summary.Meeting;
        var topic = meeting.Topic is { Length: > 0 } ? $"「{meeting.Topic}」" : string.Empty;
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"【签到情况】{DateAndClock(localStart)}{MeetingKinds.ToChinese(meeting.Kind)}{topic}已结束。\n")
            .Append(CultureInfo.InvariantCulture, $"应到{summary.AudienceCount}人，实到{summary.Attended.Count}人，请假{summary.OnLeave.Count}人，")
            .Append(CultureInfo.InvariantCulture, $"请假待审批{summary.LeavePending.Count}人，缺席{summary.Absent.Count}人；出勤率{summary.AttendanceRateText}")
            .Append(CultureInfo.InvariantCulture, $"（出席{summary.Attended.Count}/{summary.AudienceCount - summary.OnLeave.Count}")
            .Append(summary.OnLeave.Count > 0 ? $"，请假{summary.OnLeave.Count}人不计入）。" : "）。");
        AppendNames(text, "实到", summary.Attended);
        AppendNames(text, "请假", summary.OnLeave);
        AppendNames(text, "请假待审批", summary.LeavePending);
        AppendNames(text, "缺席", summary.Absent);
        if (summary.Absent.Count + summary.LeavePending.Count > 0)
        {
            text.Append("\n未参加且未获准请假的同志已收到补学提醒。");
        }

        return text.ToString();
    }

    /// <summary>"2026年11月26日（星期四）15:00".</summary>
    public static string DateAndClock(DateTimeOffset local) => ChineseDateTimeFormatter.Format(DateOnly.FromDateTime(local.DateTime)) + Clock(local);

    public static string Clock(DateTimeOffset local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"1天", "1小时", "1天2小时", "30分钟".</summary>
    public static string Ahead(TimeSpan span)
    {
        var parts = new StringBuilder();
        if (span.Days > 0)
        {
            parts.Append(CultureInfo.InvariantCulture, $"{span.Days}天");
        }

        if (span.Hours > 0)
        {
            parts.Append(CultureInfo.InvariantCulture, $"{span.Hours}小时");
        }

        if (span.Minutes > 0 || parts.Length == 0)
        {
            parts.Append(CultureInfo.InvariantCulture, $"{span.Minutes}分钟");
        }

        return parts.ToString();
    }

    private static void AppendNames(StringBuilder text, string label, IReadOnlyList<Member> members)
    {
        if (members.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{label}：{string.Join("、", members.Select(m => m.Name))}");
        }
    }

    private static string Details(Meeting meeting, DateTimeOffset localStart)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"时间：{DateAndClock(localStart)}");
        if (meeting.Place is { Length: > 0 } place)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n地点：{place}");
        }

        if (meeting.Topic is { Length: > 0 } topic)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n主题：{topic}");
        }

        return text.ToString();
    }
}
