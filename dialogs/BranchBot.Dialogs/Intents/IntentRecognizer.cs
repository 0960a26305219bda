using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Knowledge;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// Reads the command a free sentence asks for. A message that starts with a command keyword is that command (as the
/// catalogue reads it), with the slots its rule finds; otherwise every rule reads the sentence and the surest reading
/// wins. At or above <see cref="RunThreshold"/> the command is meant; from <see cref="AskThreshold"/> it is only
/// likely and the user is asked; below, the sentence is left to the other handlers (the knowledge base). A reading
/// that writes stays sure only when <see cref="WriteGuard"/> finds every slot certain and the sentence asking for it now.
/// </summary>
public sealed class IntentRecognizer(CommandCatalog catalog, IEnumerable<IIntentRule> rules)
{
    public const double RunThreshold = 0.8;
    public const double AskThreshold = 0.5;

    private const double Undecided = 0.6;

    private readonly IIntentRule[] _rules = [.. rules];

    /// <summary>The readings at or above <see cref="AskThreshold"/>, surest first, one per command.</summary>
    public async Task<IReadOnlyList<IntentMatch>> RecognizeAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if ((catalog.Match(input.Text) ?? catalog.Match(input.Clean)) is { } typed)
        {
            // One command serves both decisions on leave; the reading names the one typed.
            var command = typed.Command is ApproveLeaveCommand && typed.Keyword != ApproveLeaveCommand.ApproveKeyword
                ? ApproveLeaveCommand.DenyKeyword
                : typed.Command.Keywords[0];
            // "问 …" is the knowledge base's own command: it only answers, so it is never counted as one that writes.
            if (command == KnowledgeTexts.AskCommand)
            {
                return [new IntentMatch(command, input.Clean, IntentEffect.Read, 1, new Dictionary<string, string>())];
            }

            var rule = _rules.FirstOrDefault(r => r.Command == command);
            var read = rule is null ? null : await rule.ReadAsync(input, cancellationToken);
            var slots = read?.Slots ?? new Dictionary<string, string>();
            var guessed = read?.Guessed ?? new HashSet<string>();

            // A typed command runs as typed; counted as one that writes, so a misread keyword is never called harmless.
            // Its reading is sure only when every slot it carries was read: "安排 支委会 2月30日 晚上7点" or "移除党员 王"
            // leave their command's dialog to ask, and the reading says so rather than claiming a date or a name.
            return [new IntentMatch(command, input.Clean, IntentEffect.Previewed, guessed.Count > 0 ? WriteGuard.InDoubt : 1, slots) { Guessed = guessed }];
        }

        // "签到还是请假我还没想好": whatever the rules read, the sender has not decided, so it is only asked.
        var undecided = IntentText.IsUndecided(input.Clean);
        var readings = new List<IntentMatch>();
        foreach (var rule in _rules.Where(r => !r.IsFallback))
        {
            if (await rule.ReadAsync(input, cancellationToken) is { Confidence: >= AskThreshold } reading)
            {
                var reviewed = await WriteGuard.ReviewAsync(reading, input, cancellationToken);
                readings.Add(undecided && reviewed.Confidence >= RunThreshold ? reviewed with { Confidence = Undecided } : reviewed);
            }
        }

        foreach (var rule in _rules.Where(r => r.IsFallback && readings.Count == 0))
        {
            if (await rule.ReadAsync(input, cancellationToken) is { Confidence: >= AskThreshold } reading)
            {
                readings.Add(reading);
            }
        }

        return [.. readings.OrderByDescending(match => match.Confidence).DistinctBy(match => match.Command)];
    }
}
