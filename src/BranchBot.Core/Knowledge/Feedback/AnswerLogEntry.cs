namespace BranchBot.Core.Knowledge.Feedback;

/// <summary>What became of a question put to the knowledge base.</summary>
public enum AnswerOutcome
{
    /// <summary>An entry answered it.</summary>
    Answered,

    /// <summary>Dues worked out from the income in the question.</summary>
    DuesComputed,

    /// <summary>No exact rule: the closest questions were offered.</summary>
    Uncertain,

    /// <summary>Not about Party rules: declined.</summary>
    OutOfScope,
}

/// <summary>
/// One question put to the knowledge base and what the bot made of it. Its short number goes into the 有用/没用 and
/// 转交书记 buttons, so a click names the very answer it is about.
/// </summary>
public sealed record AnswerLogEntry
{
    /// <summary>Assigned by the store, counting up from 1.</summary>
    public int Id { get; init; }

    public required string Question { get; init; }

    public AnswerOutcome Outcome { get; init; }

    /// <summary>The question of the best entry found (the answer given, or the closest when none was), if any.</summary>
    public string? TopQuestion { get; init; }

    /// <summary>The database id of that entry when it is a stored one.</summary>
    public string? TopStoredId { get; init; }

    /// <summary>The relevance the confidence rule judged (0 when nothing matched or for dues).</summary>
    public double Score { get; init; }

    /// <summary>The asking member; null for someone who has not joined.</summary>
    public string? AskerId { get; init; }

    public string? AskerName { get; init; }

    public DateTimeOffset AskedAt { get; init; }

    public bool Failed => Outcome is AnswerOutcome.Uncertain or AnswerOutcome.OutOfScope;

    public bool GaveAnswer => !Failed;
}
