namespace BranchBot.Core;

/// <summary>
/// The result of a domain operation: a value, or a typed problem that each front end words for its people (the chat
/// in its <c>*Texts</c>, the console in its pages). The problem type is the feature's own (for example
/// <c>BroadcastProblem</c>), so a caller sees which problems an operation can report.
/// </summary>
public sealed record Outcome<T, TProblem>(T? Value, TProblem? Problem)
    where TProblem : class
{
    public bool Succeeded => Problem is null;

    public static Outcome<T, TProblem> Ok(T value) => new(value, null);

    public static Outcome<T, TProblem> Fail(TProblem problem) => new(default, problem ?? throw new ArgumentNullException(nameof(problem)));

    public static implicit operator Outcome<T, TProblem>(TProblem problem) => Fail(problem);
}
