using BranchBot.Core.Membership;

namespace BranchBot.Core.Talks;

/// <summary>A follow-up task with its member, for the secretary; <see cref="Overdue"/> once the due date has passed.</summary>
public sealed record FollowUpView(FollowUpTask Task, Member Member, bool Overdue, string? Note)
{
    public IReadOnlyList<HardshipFinding> Hardships => [.. Task.Kinds.Select(HardshipFinding.Of)];
}
