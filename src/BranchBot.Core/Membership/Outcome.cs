namespace BranchBot.Core.Membership;

/// <summary>The result of a membership operation: a value, or a problem explained in Chinese for the user.</summary>
public sealed record Outcome<T>(T? Value, string? Problem)
{
    public bool Succeeded => Problem is null;

    public static Outcome<T> Ok(T value) => new(value, null);

    public static Outcome<T> Fail(string problem) => new(default, problem);

    public static implicit operator Outcome<T>(string problem) => Fail(problem);
}
