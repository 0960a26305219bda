namespace BranchBot.Core.Broadcasts.Plans;

/// <summary>Why a plan stopped by itself. Stored with the plan; the front ends word it.</summary>
public abstract record BroadcastPlanStopReason
{
    /// <summary>The author is still in the branch but no longer an active committee member.</summary>
    public sealed record AuthorNotCommittee(string AuthorName) : BroadcastPlanStopReason;

    /// <summary>The author has left the branch.</summary>
    public sealed record AuthorLeft : BroadcastPlanStopReason;

    /// <summary>A reason stored as a finished sentence, before reasons were stored as data.</summary>
    public sealed record Worded(string Text) : BroadcastPlanStopReason;
}
