using BranchBot.Core.Meetings;

namespace BranchBot.Dialogs.Meetings;

/// <summary>The recurring plan being set up, as far as it is known; kept in the dialog's state.</summary>
public sealed record PlanForm
{
    public RecurrenceFrequency Frequency { get; init; }

    public int MonthOfQuarter { get; init; } = 1;

    public int? DayOfMonth { get; init; }

    public TimeOnly? Time { get; init; }

    /// <summary>Set by a range typed at the time question ("下午2点到4点"); null for the default length.</summary>
    public TimeSpan? Duration { get; init; }

    public MeetingKind? Kind { get; init; }

    public string? GroupName { get; init; }

    public string? Place { get; init; }

    public string? Topic { get; init; }

    public string? Problem { get; init; }

    /// <summary>The plan's id, issued with the summary, so a 确认 that arrives twice creates one plan (see <see cref="PlanDraft.Id"/>).</summary>
    public string? PlanId { get; init; }

    public Recurrence ToRecurrence() => new(Frequency, DayOfMonth!.Value, Time!.Value, MonthOfQuarter);

    public static PlanForm From(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new PlanForm
        {
            Frequency = request.Frequency,
            MonthOfQuarter = request.MonthOfQuarter,
            DayOfMonth = request.DayOfMonth,
            Time = request.Time,
            Kind = request.Kind,
            GroupName = request.GroupName,
            Place = request.Place,
            Topic = request.Topic,
            Problem = request.Problem,
        };
    }
}
