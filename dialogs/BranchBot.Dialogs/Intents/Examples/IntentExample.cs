namespace BranchBot.Dialogs.Intents.Examples;

/// <summary>
/// One line of a tuning evaluation file kept as an example: the file it came from, what the line must produce (a
/// command's README name, <see cref="IntentExampleBank.Ask"/> or <see cref="IntentExampleBank.None"/>) and its text as typed.
/// </summary>
public sealed record IntentExample(string Source, string Label, string Text);
