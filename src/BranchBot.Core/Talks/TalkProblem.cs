namespace BranchBot.Core.Talks;

/// <summary>
/// Why a talk operation (谈心, 记录谈心, 谈心记录, 必访任务, 谈心安排, 匿名建议, 谈心情况) was refused. The front ends word it.
/// </summary>
public abstract record TalkProblem
{
    /// <summary>Someone not (or no longer) an active member asked to read talk content.</summary>
    public sealed record ReaderNotMember : TalkProblem;

    /// <summary>Talk content is for both sides and the secretary only.</summary>
    public sealed record NotAllowed : TalkProblem;

    /// <summary>Follow-ups, suggestions and the audit log are for the secretary only.</summary>
    public sealed record SecretaryOnly : TalkProblem;

    public sealed record AnswerEmpty : TalkProblem;

    public sealed record AnswerTooLong(int MaxLength) : TalkProblem;

    /// <summary>Submitting with no 谈心 in progress today.</summary>
    public sealed record NoFeedbackInProgress : TalkProblem;

    public sealed record TopicUnanswered(FeedbackTopic Topic) : TalkProblem;

    /// <summary>Every question skipped: nothing to submit.</summary>
    public sealed record AllSkipped : TalkProblem;

    /// <summary>No talk record or feedback record with that id.</summary>
    public sealed record RecordNotFound : TalkProblem;

    /// <summary>The member who gave the feedback is no longer on the roster.</summary>
    public sealed record FeedbackAuthorGone : TalkProblem;

    /// <summary>One of the two sides of a talk record is no longer on the roster.</summary>
    public sealed record ParticipantGone : TalkProblem;

    /// <summary>Only the secretary completes 必访 tasks.</summary>
    public sealed record CompleteSecretaryOnly : TalkProblem;

    public sealed record NoteTooLong(int MaxLength) : TalkProblem;

    public sealed record FollowUpNotFound : TalkProblem;

    public sealed record FollowUpAlreadyDone(string MemberName) : TalkProblem;

    /// <summary>Someone not (or no longer) an active member tried to record a talk.</summary>
    public sealed record RecorderNotMember : TalkProblem;

    /// <summary>No active member by that name.</summary>
    public sealed record MemberNotFound(string Name) : TalkProblem;

    public sealed record TalkWithSelf : TalkProblem;

    public sealed record TopicsMissing : TalkProblem;

    /// <summary>A part of a talk record (topics, issues, follow-up) longer than allowed.</summary>
    public sealed record TextTooLong(int MaxLength) : TalkProblem;

    public sealed record DateInFuture : TalkProblem;

    /// <summary>Talks are recorded for this year and last year only.</summary>
    public sealed record DateTooEarly : TalkProblem;

    /// <summary>Only the secretary plans talks.</summary>
    public sealed record PlanSecretaryOnly : TalkProblem;

    public sealed record AllTalksDone(int Year) : TalkProblem;

    public sealed record SuggestionEmpty : TalkProblem;

    public sealed record SuggestionTooLong(int MaxLength) : TalkProblem;

    public sealed record YearOutOfRange(int Earliest, int Latest) : TalkProblem;
}
