namespace BranchBot.Dialogs.Intents;

/// <summary>Reads one command from a free sentence, or nothing.</summary>
public interface IIntentRule
{
    /// <summary>The README name of the command this rule reads (the command's first keyword).</summary>
    string Command { get; }

    IntentMatch? Read(IntentInput input);
}
