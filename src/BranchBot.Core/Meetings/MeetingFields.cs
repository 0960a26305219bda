using BranchBot.Core.Membership;
using BranchBot.Core.Text;

namespace BranchBot.Core.Meetings;

/// <summary>Checks and tidies the free-text fields of a meeting.</summary>
internal static class MeetingFields
{
    public const int MaxPlaceLength = 100;
    public const int MaxTopicLength = 200;
    public const int MaxCodeLength = 20;
    public const int MaxMinutesLength = 20_000;

    /// <summary>The longest meeting accepted; listings look this far back for meetings still running.</summary>
    public static readonly TimeSpan LongestMeeting = TimeSpan.FromDays(1);

    public static Outcome<string?> Place(string? text) => Optional(text, MaxPlaceLength, "地点");

    public static Outcome<string?> Topic(string? text) => Optional(text, MaxTopicLength, "主题");

    public static Outcome<string?> CheckInCode(string? text)
    {
        var code = Optional(text, MaxCodeLength, "签到码");
        if (code.Succeeded && code.Value is { } value && value.Any(char.IsWhiteSpace))
        {
            return "签到码不能包含空格。";
        }

        return code;
    }

    public static bool CodeMatches(string expected, string? given) =>
        given is not null && string.Equals(expected.Trim(), given.Trim(), StringComparison.OrdinalIgnoreCase);

    public static Outcome<TimeSpan> Duration(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            return "结束时间必须晚于开始时间。";
        }

        return end - start > LongestMeeting
            ? "一次会议不能超过24小时。多天的活动请分天安排。"
            : Outcome<TimeSpan>.Ok(end - start);
    }

    /// <summary>会议记录: free text, line breaks kept; null when it may be stored, else the problem.</summary>
    public static string? MinutesProblem(string minutes) =>
        minutes.Length > MaxMinutesLength
            ? $"会议记录太长了，请控制在{MaxMinutesLength}个字以内，或分要点记录。"
            : VisibleText.FreeTextProblem(minutes, "会议记录");

    private static Outcome<string?> Optional(string? text, int maxLength, string label)
    {
        var visible = VisibleText.Line(text, label);
        if (!visible.Succeeded)
        {
            return visible.Problem!;
        }

        var trimmed = visible.Value;
        if (string.IsNullOrEmpty(trimmed))
        {
            return Outcome<string?>.Ok(null);
        }

        return trimmed.Length > maxLength
            ? $"{label}太长了，请控制在{maxLength}个字以内。"
            : Outcome<string?>.Ok(trimmed);
    }
}
