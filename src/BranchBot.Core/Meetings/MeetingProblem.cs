using BranchBot.Core.Text;

namespace BranchBot.Core.Meetings;

/// <summary>Why a meeting or a recurring plan cannot be arranged, changed, cancelled or given minutes. The front ends word it.</summary>
public abstract record MeetingProblem
{
    /// <summary>Only committee members arrange, change or cancel meetings; a 党小组长 their own group's 党小组会.</summary>
    public sealed record NotAllowed : MeetingProblem;

    /// <summary>A place, topic, check-in code or minutes that cannot be stored as typed.</summary>
    public sealed record Text(TextProblem Problem) : MeetingProblem;

    /// <summary>The start asked for a new meeting has passed.</summary>
    public sealed record StartPassed(DateTimeOffset StartsAt) : MeetingProblem;

    /// <summary>The new start asked for an existing meeting has passed.</summary>
    public sealed record NewStartPassed(DateTimeOffset StartsAt) : MeetingProblem;

    public sealed record EndNotAfterStart : MeetingProblem;

    /// <summary>Longer than a day (<see cref="MeetingFields.LongestMeeting"/>): a meeting of several days is arranged day by day.</summary>
    public sealed record LongerThanADay : MeetingProblem;

    /// <summary>A change that changes nothing.</summary>
    public sealed record NothingToChange : MeetingProblem;

    public sealed record EndedCannotChange : MeetingProblem;

    public sealed record EndedCannotCancel : MeetingProblem;

    /// <summary>Minutes are added once the meeting has started.</summary>
    public sealed record MinutesBeforeStart : MeetingProblem;

    public sealed record NotFound : MeetingProblem;

    public sealed record Cancelled(Meeting Meeting) : MeetingProblem;

    /// <summary>The 党小组 named for the audience does not exist.</summary>
    public sealed record GroupNotFound(string Name) : MeetingProblem;

    /// <summary>A meeting for a 党小组 without a group named, asked by someone in no group.</summary>
    public sealed record GroupNeeded(MeetingKind Kind) : MeetingProblem;

    /// <summary>A recurring plan whose meetings would last no time or longer than a day.</summary>
    public sealed record PlanDurationOutOfRange : MeetingProblem;

    /// <summary>A recurrence that cannot produce dates.</summary>
    public sealed record Impossible(RecurrenceProblem Problem) : MeetingProblem;

    public sealed record PlanNotFound : MeetingProblem;

    public sealed record PlanAlreadyStopped : MeetingProblem;
}

/// <summary>Why a <see cref="Recurrence"/> cannot produce dates.</summary>
public enum RecurrenceProblem
{
    /// <summary>The day of the month is not 1 to 31.</summary>
    DayOutOfRange,

    /// <summary>A quarterly recurrence whose month of the quarter is not 1 to 3.</summary>
    MonthOfQuarterOutOfRange,
}
