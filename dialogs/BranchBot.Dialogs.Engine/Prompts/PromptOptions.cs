namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt asks, what it offers, and how often it asks again. Saved with the conversation.</summary>
public sealed class PromptOptions
{
    public string Prompt { get; set; } = string.Empty;

    /// <summary>Said when the answer was not understood; the prompt itself is repeated when unset.</summary>
    public string? RetryPrompt { get; set; }

    /// <summary>The options of a choice prompt, shown as buttons.</summary>
    public List<Choice>? Choices { get; set; }

    /// <summary>How many answers the user may give that are not understood before the dialog is abandoned.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The answer is a few words of the member's own (a reason): a question or another request sets it aside.</summary>
    public bool ShortAnswer { get; set; }

    /// <summary>Extra settings a particular prompt understands (a date-time prompt's "must be in the future").</summary>
    public Dictionary<string, string>? Settings { get; set; }

    public static PromptOptions Ask(string prompt, string? retryPrompt = null) => new() { Prompt = prompt, RetryPrompt = retryPrompt };
}

/// <summary>One option of a choice prompt: its value (also its button text) and other words that pick it.</summary>
public sealed class Choice
{
    public string Value { get; set; } = string.Empty;

    public List<string>? Synonyms { get; set; }

    public static Choice Of(string value, params string[] synonyms) => new() { Value = value, Synonyms = synonyms.Length == 0 ? null : [.. synonyms] };
}

/// <summary>The answer of a choice prompt.</summary>
public sealed record FoundChoice(int Index, string Value);
