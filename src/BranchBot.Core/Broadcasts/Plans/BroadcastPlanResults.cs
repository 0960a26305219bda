using BranchBot.Core.Meetings;

namespace BranchBot.Core.Broadcasts.Plans;

/// <summary>What the author asks to send again and again.</summary>
/// <remarks><paramref name="Id"/>, when given, is the id the plan is created under, issued with the preview a person
/// confirms: a draft whose id exists already returns that plan instead of a second one (a 确认 that arrives twice).</remarks>
public sealed record BroadcastPlanDraft(string Text, BroadcastAudience Audience, bool RequiresAcknowledgement, Recurrence Recurrence, string? Id = null);

/// <summary>Who the next occurrence would reach today, and when it is.</summary>
public sealed record BroadcastPlanPreview(BroadcastPreview Recipients, DateTimeOffset NextOccurrence);

/// <summary>
/// A new plan and the broadcasts it scheduled at once (those due within the lead time); <paramref name="MadeBefore"/>
/// when the draft's id had made it already, so nothing was created this time.
/// </summary>
public sealed record BroadcastPlanCreated(BroadcastPlan Plan, IReadOnlyList<Broadcast> Scheduled, DateTimeOffset? NextOccurrence, bool MadeBefore = false);

/// <summary>One line of 定期广播: the plan, its author's name, how its audience reads and its next time (null once stopped).</summary>
public sealed record BroadcastPlanSummary(BroadcastPlan Plan, string AuthorName, string AudienceLabel, DateTimeOffset? NextOccurrence);

/// <summary>One occurrence of a plan, scheduled as a broadcast.</summary>
public sealed record BroadcastPlanOccurrence(int PlanNumber, DateTimeOffset At, Broadcast Broadcast);

/// <summary>What a run of <see cref="BroadcastPlanService.CreateDueOccurrencesAsync"/> did: occurrences scheduled, skipped, and plans that stopped themselves.</summary>
public sealed record BroadcastPlanRun(IReadOnlyList<BroadcastPlanOccurrence> Scheduled, int Skipped, IReadOnlyList<BroadcastPlan> Stopped);
