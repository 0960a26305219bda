using BranchBot.Core.Membership;

namespace BranchBot.Core.Talks;

/// <summary>A submitted 谈心 with the hardships found and the follow-up tasks created for the secretary.</summary>
public sealed record FeedbackSubmitted(FeedbackView Feedback, IReadOnlyList<HardshipFinding> Hardships, IReadOnlyList<FollowUpTask> FollowUps);

/// <summary>A feedback record in plain text, for its author or the secretary.</summary>
public sealed record FeedbackView(FeedbackRecord Record, Member Author, IReadOnlyList<FeedbackAnswer> Answers);
