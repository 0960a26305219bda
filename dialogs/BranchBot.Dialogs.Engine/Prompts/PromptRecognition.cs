namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt understood from an answer; <see cref="Problem"/> explains a failure in Chinese.</summary>
public sealed record PromptRecognition<T>(bool Succeeded, T? Value, string? Problem)
{
    public static PromptRecognition<T> Success(T value) => new(true, value, null);

    public static PromptRecognition<T> Failure(string? problem = null) => new(false, default, problem);
}

/// <summary>What a validator sees; it may set a message explaining why the value is refused.</summary>
public sealed class PromptValidatorContext<T>(DialogContext dialogContext, PromptRecognition<T> recognized, PromptOptions options)
{
    public DialogContext DialogContext { get; } = dialogContext;

    public PromptRecognition<T> Recognized { get; } = recognized;

    public PromptOptions Options { get; } = options;

    public int AttemptCount { get; init; }

    /// <summary>Said instead of the retry prompt when the validator refuses.</summary>
    public string? RefusalMessage { get; set; }
}

public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> context, CancellationToken cancellationToken);
