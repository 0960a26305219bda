using BranchBot.Core.Meetings;

namespace BranchBot.Dialogs.Meetings;

/// <summary>The meeting being arranged, as far as it is known; kept in the dialog's state between turns.</summary>
public sealed record MeetingForm
{
    public MeetingKind? Kind { get; init; }

    public string? GroupName { get; init; }

    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>Typed as a range with the start; null for the default duration.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>A time given without a day ("安排 党员大会 下午4点"): only the day is asked for, never assumed.</summary>
    public TimeOnly? TimeWithoutDate { get; init; }

    /// <summary>The length of a range typed with <see cref="TimeWithoutDate"/> ("下午2点到4点").</summary>
    public TimeSpan? LengthWithoutDate { get; init; }

    /// <summary>A day given without a time: only the time is asked for.</summary>
    public DateOnly? DateWithoutTime { get; init; }

    /// <summary>Why the typed time could not be used, said before asking again.</summary>
    public string? TimeProblem { get; init; }

    public string? Place { get; init; }

    public string? Topic { get; init; }

    public string? CheckInCode { get; init; }

    public bool AskPlace { get; init; }

    public bool AskTopic { get; init; }

    /// <summary>The meeting's id, issued with the summary, so a 确认 that arrives twice creates one meeting (see <see cref="MeetingDraft.Id"/>).</summary>
    public string? MeetingId { get; init; }

    /// <summary>
    /// A line with kind and time goes to the summary once the time is usable; a guided dialog (kind or time not
    /// given at all) also asks for the optional place and topic the user has not given.
    /// </summary>
    public static MeetingForm From(MeetingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var guided = request.Kind is null || request.TimeIssue == MeetingTimeIssue.Missing;
        return new MeetingForm
        {
            Kind = request.Kind,
            GroupName = request.GroupName,
            StartsAt = request.TimeWithoutDate is null ? request.StartsAt : null,
            EndsAt = request.TimeWithoutDate is null ? request.EndsAt : null,
            TimeWithoutDate = request.TimeWithoutDate,
            LengthWithoutDate = request.TimeWithoutDate is null ? null : request.EndsAt - request.StartsAt,
            DateWithoutTime = request.DateWithoutTime,
            TimeProblem = request.TimeIssue is MeetingTimeIssue.Invalid or MeetingTimeIssue.Past ? request.TimeProblem : null,
            Place = request.Place,
            Topic = request.Topic,
            CheckInCode = request.CheckInCode,
            AskPlace = guided && request.Place is null,
            AskTopic = guided && request.Topic is null,
        };
    }
}
