namespace BranchBot.Dialogs.Intents;

/// <summary>Reads one command from a free sentence, or nothing.</summary>
public interface IIntentRule
{
    /// <summary>The README name of the command this rule reads (the command's first keyword).</summary>
    string Command { get; }

    /// <summary>
    /// The reading, or null. Asynchronous because a rule may need the roster or the meetings ahead, which
    /// <see cref="IntentInput"/> loads only when a rule first asks for them.
    /// </summary>
    /// <summary>A rule that only says what a sentence no other rule reads might mean; it is asked last and only then.</summary>
    bool IsFallback => false;

    /// <summary>Whether the rule reads a typed command's arguments (a rule that only knows the command's phrasings reads none).</summary>
    bool ReadsArguments => true;

    ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken);
}
