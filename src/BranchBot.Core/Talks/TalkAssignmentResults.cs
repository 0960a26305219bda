using BranchBot.Core.Membership;

namespace BranchBot.Core.Talks;

/// <summary>An assignment seen by one side: whom to talk with, by when, and whether it is already done.</summary>
public sealed record TalkAssignmentView(TalkAssignment Assignment, Member Member, Member Partner, bool Done, bool Overdue);

/// <summary>An assignment with both members, for the secretary and the nudge job.</summary>
public sealed record PlannedPairView(TalkAssignment Assignment, Member First, Member Second);

/// <summary>
/// A stored plan: the coverage it was made from and the assignments, ordered by due date then names;
/// <paramref name="MadeBefore"/> when its key had stored it already, so nothing was planned (or is to be told) this time.
/// </summary>
public sealed record TalkPlanResult(TalkCoverage Coverage, IReadOnlyList<PlannedPairView> Assignments, int Rounds, bool MadeBefore = false);
