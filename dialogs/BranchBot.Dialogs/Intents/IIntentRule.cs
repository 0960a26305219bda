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
    ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken);
}
