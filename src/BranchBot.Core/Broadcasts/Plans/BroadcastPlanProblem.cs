using BranchBot.Core.Meetings;

namespace BranchBot.Core.Broadcasts.Plans;

/// <summary>Why a 定期广播 could not be made or stopped. Carries data only; the chat and the console word it.</summary>
public abstract record BroadcastPlanProblem
{
    /// <summary>The broadcast each occurrence would be is refused as it stands (not allowed, empty text, no such group…).</summary>
    public sealed record Broadcast(BroadcastProblem Problem) : BroadcastPlanProblem;

    /// <summary>Only the whole branch, the committee or a group can be sent to again and again.</summary>
    public sealed record CannotRecur : BroadcastPlanProblem;

    /// <summary>A rhythm with no occurrence (see <see cref="RecurrenceCalendar.Problem"/>).</summary>
    public sealed record ImpossibleRecurrence(Recurrence Recurrence) : BroadcastPlanProblem;

    public sealed record NotFound(int Number) : BroadcastPlanProblem;

    /// <summary>Only the plan's author, the 书记 and the 副书记 may stop it.</summary>
    public sealed record NotAllowedToStop : BroadcastPlanProblem;

    public sealed record AlreadyStopped(int Number) : BroadcastPlanProblem;
}
