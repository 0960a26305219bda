namespace BranchBot.Core.Knowledge.Questions;

public enum PendingQuestionState
{
    /// <summary>Waiting for the secretary.</summary>
    Open,

    /// <summary>Answered and sent back to the asker.</summary>
    Answered,

    /// <summary>Answered and saved into the knowledge base as well.</summary>
    Saved,
}

/// <summary>A question passed on to the secretary (转交书记), with its answer once given.</summary>
public sealed record PendingQuestion
{
    /// <summary>Assigned by the store, counting up from 1; the secretary answers by it (回答 3 …).</summary>
    public int Number { get; init; }

    public required string Question { get; init; }

    public required string AskerId { get; init; }

    public required string AskerName { get; init; }

    public DateTimeOffset AskedAt { get; init; }

    /// <summary>The logged question it came from, if it came from a failed answer.</summary>
    public int? AnswerLogId { get; init; }

    public PendingQuestionState State { get; init; } = PendingQuestionState.Open;

    public string? Answer { get; init; }

    public string? AnsweredById { get; init; }

    public string? AnsweredByName { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>The knowledge entry made from the answer, once saved.</summary>
    public string? SavedEntryId { get; init; }

    public DateTimeOffset? SavedAt { get; init; }

    public bool IsOpen => State == PendingQuestionState.Open;
}
