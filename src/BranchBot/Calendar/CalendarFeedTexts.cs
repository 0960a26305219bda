using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;

namespace BranchBot.Calendar;

/// <summary>What the calendar feed says, in the words members read on their phones.</summary>
internal static class CalendarFeedTexts
{
    public const string FeedNotFound = "日历链接无效或已重置。请在聊天中向机器人发送「我的日历」获取当前的订阅链接。";

    public static string CalendarName(string? branchName) => $"{branchName ?? "党支部"} 组织生活";

    public const string CalendarDescription = "三会一课、主题党日等组织生活安排（由 BranchBot 生成）";

    public static string Summary(Meeting meeting) =>
        string.IsNullOrWhiteSpace(meeting.Topic)
            ? MeetingKinds.ToChinese(meeting.Kind)
            : $"{MeetingKinds.ToChinese(meeting.Kind)}：{meeting.Topic.Trim()}";

    public static string Audience(MeetingAudience audience, IReadOnlyList<PartyGroup> groups) => audience.Kind switch
    {
        AudienceKind.Committee => "支部委员会（书记、副书记、支委）",
        AudienceKind.Group => $"党小组：{groups.FirstOrDefault(g => g.Id == audience.GroupId)?.Name ?? "本党小组"}",
        _ => "全体党员",
    };

    public static string Description(Meeting meeting, string audience, string? hostName, MeetingOptions options)
    {
        var lines = new List<string>();
        if (meeting.IsCancelled)
        {
            lines.Add("本次会议已取消。");
        }

        lines.Add($"参加对象：{audience}");
        if (hostName is not null)
        {
            lines.Add($"主持人：{hostName}");
        }

        if (!meeting.IsCancelled)
        {
            var code = meeting.CheckInCode is null ? string.Empty : "（需加上会场公布的签到码）";
            lines.Add($"签到：会前{Span(options.CheckInOpensBefore)}至会后{Span(options.CheckInClosesAfter)}内，向机器人发送「签到」{code}。");
            lines.Add("请假：不能参加的，请向机器人发送「请假 原因」。");
        }

        if (!string.IsNullOrWhiteSpace(meeting.Minutes))
        {
            lines.Add("会议记录：");
            lines.Add(meeting.Minutes.Trim());
        }

        return string.Join('\n', lines);
    }

    public static string Reminder(Meeting meeting) => $"即将召开：{Summary(meeting)}";

    /// <summary>"30分钟", "1小时", "1天2小时".</summary>
    public static string Span(TimeSpan span)
    {
        var parts = new List<string>();
        if (span.Days > 0)
        {
            parts.Add($"{span.Days}天");
        }

        if (span.Hours > 0)
        {
            parts.Add($"{span.Hours}小时");
        }

        if (span.Minutes > 0 || parts.Count == 0)
        {
            parts.Add($"{span.Minutes}分钟");
        }

        return string.Concat(parts);
    }
}
