namespace BranchBot.Core.Knowledge;

/// <summary>
/// Why a change to the knowledge base, a rating or a pass-on of a question was refused: the entry rules, the
/// 有用/没用 feedback and the question queue. The front ends word it.
/// </summary>
public abstract record KnowledgeProblem
{
    /// <summary>Only 书记, 副书记 and 支委 change entries.</summary>
    public sealed record EditorsOnly : KnowledgeProblem;

    /// <summary>Only 书记, 副书记 and 支委 answer pending questions.</summary>
    public sealed record AnswerersOnly : KnowledgeProblem;

    public sealed record QuestionEmpty : KnowledgeProblem;

    public sealed record QuestionTooLong(int Length, int MaxLength) : KnowledgeProblem;

    /// <summary>Only punctuation or filler: nothing left once normalised.</summary>
    public sealed record QuestionWithoutContent : KnowledgeProblem;

    public sealed record AnswerEmpty : KnowledgeProblem;

    public sealed record AnswerTooLong(int Length, int MaxLength) : KnowledgeProblem;

    public sealed record SourceMissing : KnowledgeProblem;

    public sealed record TooManyAlternatives(int MaxCount) : KnowledgeProblem;

    public sealed record AlternativeTooLong(string Alternative, int MaxLength) : KnowledgeProblem;

    /// <summary>An entry of a knowledge file: it is corrected, never deleted, from the database.</summary>
    public sealed record FileEntryNotDeletable(string Question, string FileName) : KnowledgeProblem;

    public sealed record EntryNotFound(string Question) : KnowledgeProblem;

    /// <summary>The entry is another branch's, adopted by the 党委 for every branch: only that branch edits it.</summary>
    public sealed record AdoptedFromAnotherBranch(string Question) : KnowledgeProblem;

    /// <summary>A logged answer that does not exist (any more) or was given to someone else.</summary>
    public sealed record UnknownAnswer : KnowledgeProblem;

    /// <summary>有用/没用 on a question the bot found no answer for.</summary>
    public sealed record NothingToRate : KnowledgeProblem;

    public sealed record ForwardedQuestionEmpty : KnowledgeProblem;

    public sealed record ForwardedQuestionTooLong(int MaxLength) : KnowledgeProblem;

    /// <summary>The asker of a logged question has not joined the branch, so no answer could reach them.</summary>
    public sealed record AskerNotMember : KnowledgeProblem;

    public sealed record ReplyEmpty : KnowledgeProblem;

    public sealed record ReplyTooLong(int Length, int MaxLength) : KnowledgeProblem;

    public sealed record PendingQuestionNotFound(int Number) : KnowledgeProblem;

    public sealed record AlreadyAnswered(int Number, string? AnsweredBy) : KnowledgeProblem;

    public sealed record NotYetAnswered(int Number) : KnowledgeProblem;
}
