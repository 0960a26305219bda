using BranchBot.Core.Membership;

namespace BranchBot.Core.Talks;

/// <summary>A talk record in plain text, for a reader allowed to see it.</summary>
public sealed record TalkRecordView(TalkRecord Record, Member Author, Member Other, string Topics, string? Issues, string? FollowUp);

/// <summary>The records a viewer asked for (<c>谈心记录 [姓名]</c>): talk records and, for the secretary or the author, 谈心 feedback.</summary>
public sealed record TalkRecordList(Member? Subject, IReadOnlyList<TalkRecordView> Talks, IReadOnlyList<FeedbackView> Feedback);
