using System.Globalization;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;

namespace BranchBot.WebConsole.Pages.Meetings;

/// <summary>
/// The 补录会议 form of the 会议 page: what was typed (kept when a problem sends it back), how it is read from a
/// post (MeetingRecordFormView draws it). Members are chosen by id from checkboxes, so same-named members stay apart.
/// </summary>
public sealed record MeetingRecordForm
{
    public const string LocalFormat = "yyyy-MM-ddTHH:mm";

    public string Kind { get; init; } = string.Empty;

    /// <summary>The datetime-local value, "2026-10-15T15:00", in the branch's zone.</summary>
    public string Start { get; init; } = string.Empty;

    public string Topic { get; init; } = string.Empty;

    public string Place { get; init; } = string.Empty;

    public string Host { get; init; } = string.Empty;

    public string Group { get; init; } = string.Empty;

    public IReadOnlySet<string> Attended { get; init; } = new HashSet<string>();

    public IReadOnlySet<string> OnLeave { get; init; } = new HashSet<string>();

    public string Minutes { get; init; } = string.Empty;

    public static MeetingRecordForm Read(IFormCollection form) => new()
    {
        Kind = form["kind"].FirstOrDefault() ?? string.Empty,
        Start = form["start"].FirstOrDefault() ?? string.Empty,
        Topic = form["topic"].FirstOrDefault() ?? string.Empty,
        Place = form["place"].FirstOrDefault() ?? string.Empty,
        Host = form["host"].FirstOrDefault() ?? string.Empty,
        Group = form["group"].FirstOrDefault() ?? string.Empty,
        Attended = form["attended"].OfType<string>().ToHashSet(StringComparer.Ordinal),
        OnLeave = form["leave"].OfType<string>().ToHashSet(StringComparer.Ordinal),
        // Browsers send a textarea's line breaks as CRLF; minutes typed in chat use LF, so both read the same.
        Minutes = (form["minutes"].FirstOrDefault() ?? string.Empty).ReplaceLineEndings("\n"),
    };

    /// <summary>The draft for the service, or the problem with what was typed before the service can judge it.</summary>
    public (RecordedMeetingDraft? Draft, string? Problem) ToDraft(TimeZoneInfo zone)
    {
        if (!MeetingKinds.TryParse(Kind, out var kind))
        {
            return (null, "请选择会议类型。");
        }

        if (!DateTime.TryParseExact(Start, [LocalFormat, LocalFormat + ":ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return (null, "请填写会议召开的日期和时间。");
        }

        return (new RecordedMeetingDraft
        {
            Kind = kind,
            StartsAt = ZonedTime.ToInstant(local, zone),
            Topic = Topic,
            Place = Place,
            Host = Host.Length == 0 ? null : Host,
            Group = kind == MeetingKind.GroupMeeting && Group.Length > 0 ? Group : null,
            Attendees = [.. Attended],
            OnLeave = [.. OnLeave],
            Minutes = Minutes,
        }, null);
    }
}
