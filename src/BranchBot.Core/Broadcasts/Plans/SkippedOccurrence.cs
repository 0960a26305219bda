namespace BranchBot.Core.Broadcasts.Plans;

/// <summary>Why a plan's last occurrence was not sent. Stored with the plan; the front ends word it.</summary>
public abstract record SkippedOccurrence
{
    /// <summary>The occurrence at <paramref name="At"/> was refused as a broadcast (e.g. its group has no members).</summary>
    public sealed record Refused(DateTimeOffset At, BroadcastProblem Problem) : SkippedOccurrence;

    /// <summary>A skip stored as a finished sentence, before skips were stored as data.</summary>
    public sealed record Worded(string Text) : SkippedOccurrence;
}
