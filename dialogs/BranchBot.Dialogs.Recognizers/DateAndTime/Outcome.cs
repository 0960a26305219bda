namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>A resolved value, or the Chinese reason it cannot be one.</summary>
internal readonly record struct Outcome<T>(T Value, string? Problem)
{
    public bool Failed => Problem is not null;

    public static Outcome<T> Success(T value) => new(value, null);

    public static Outcome<T> Fail(string problem) => new(default!, problem);
}
