using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// Reads the command a free sentence asks for. A message that starts with a command keyword is that command (as the
/// catalogue reads it), with the slots its rule finds; otherwise every rule reads the sentence and the surest reading
/// wins. At or above <see cref="RunThreshold"/> the command is meant; from <see cref="AskThreshold"/> it is only
/// likely and the user is asked; below, the sentence is left to the other handlers (the knowledge base).
/// </summary>
public sealed class IntentRecognizer(CommandCatalog catalog, IEnumerable<IIntentRule> rules)
{
    public const double RunThreshold = 0.8;
    public const double AskThreshold = 0.5;

    private readonly IIntentRule[] _rules = [.. rules];

    /// <summary>The readings at or above <see cref="AskThreshold"/>, surest first, one per command.</summary>
    public IReadOnlyList<IntentMatch> Recognize(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (catalog.Match(input.Text) is { } typed)
        {
            var command = typed.Command.Keywords[0];
            var slots = _rules.FirstOrDefault(r => r.Command == command)?.Read(input)?.Slots ?? new Dictionary<string, string>();

            // A typed command runs as typed; counted as one that writes, so a misread keyword is never called harmless.
            return [new IntentMatch(command, input.Clean, IntentEffect.Previewed, 1, slots)];
        }

        return [.. _rules
            .Select(rule => rule.Read(input))
            .OfType<IntentMatch>()
            .Where(match => match.Confidence >= AskThreshold)
            .OrderByDescending(match => match.Confidence)
            .DistinctBy(match => match.Command)];
    }
}
