namespace BranchBot.Core.Knowledge;

/// <summary>What is wrong in a knowledge file (see <see cref="KnowledgeFileParser"/>); the front ends word it.</summary>
public abstract record KnowledgeFileProblem
{
    /// <summary>Text after the title that stands under no "## question" heading.</summary>
    public sealed record OutsideEntry : KnowledgeFileProblem;

    /// <summary>A metadata key ("也问", "出处") written twice in one entry.</summary>
    public sealed record RepeatedKey(string Key) : KnowledgeFileProblem;

    public sealed record NoAlternatives : KnowledgeFileProblem;

    public sealed record EmptySource : KnowledgeFileProblem;

    public sealed record UnknownKey(string Key) : KnowledgeFileProblem;

    /// <summary>A "问的是" value that names no <see cref="KnowledgeAskedKind"/> (<see cref="KnowledgeAskedKindNames"/>).</summary>
    public sealed record UnknownAskedKind(string Name) : KnowledgeFileProblem;

    public sealed record NoQuestion : KnowledgeFileProblem;

    public sealed record RepeatedQuestion(string Question, int FirstLine) : KnowledgeFileProblem;

    public sealed record MissingSource : KnowledgeFileProblem;

    public sealed record NoAnswer : KnowledgeFileProblem;

    public sealed record AnswerTooLong(int Length, int MaxLength) : KnowledgeFileProblem;
}
