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

    public static Outcome<string?, MeetingProblem> Place(string? text) => Optional(text, MaxPlaceLength, TextField.MeetingPlace);

    public static Outcome<string?, MeetingProblem> Topic(string? text) => Optional(text, MaxTopicLength, TextField.MeetingTopic);

    public static Outcome<string?, MeetingProblem> CheckInCode(string? text)
    {
        var code = Optional(text, MaxCodeLength, TextField.CheckInCode);
        if (code.Succeeded && code.Value is { } value && value.Any(char.IsWhiteSpace))
        {
            return new MeetingProblem.Text(new TextProblem.ContainsSpace(TextField.CheckInCode));
        }

        return code;
    }

    public static bool CodeMatches(string expected, string? given) =>
        given is not null && string.Equals(expected.Trim(), given.Trim(), StringComparison.OrdinalIgnoreCase);

    public static Outcome<TimeSpan, MeetingProblem> Duration(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            return new MeetingProblem.EndNotAfterStart();
        }

        return end - start > LongestMeeting
            ? new MeetingProblem.LongerThanADay()
            : Outcome<TimeSpan, MeetingProblem>.Ok(end - start);
    }

    /// <summary>会议记录: free text, line breaks kept; null when it may be stored, else the problem.</summary>
    public static MeetingProblem? MinutesProblem(string minutes)
    {
        var problem = minutes.Length > MaxMinutesLength
            ? new TextProblem.TooLong(TextField.MeetingMinutes, MaxMinutesLength)
            : VisibleText.FreeTextProblem(minutes, TextField.MeetingMinutes);
        return problem is null ? null : new MeetingProblem.Text(problem);
    }

    private static Outcome<string?, MeetingProblem> Optional(string? text, int maxLength, TextField field)
    {
        var visible = VisibleText.Line(text is null ? null : VisibleText.FoldFullWidthAlphanumerics(text), field);
        if (!visible.Succeeded)
        {
            return new MeetingProblem.Text(visible.Problem!);
        }

        var trimmed = visible.Value;
        if (string.IsNullOrEmpty(trimmed))
        {
            return Outcome<string?, MeetingProblem>.Ok(null);
        }

        return trimmed.Length > maxLength
            ? new MeetingProblem.Text(new TextProblem.TooLong(field, maxLength))
            : Outcome<string?, MeetingProblem>.Ok(trimmed);
    }
}
