using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>问 &lt;问题&gt;: always a knowledge-base lookup, even for text another feature would take.</summary>
public sealed class AskCommand(KnowledgeResponder responder) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = [KnowledgeTexts.AskCommand];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(KnowledgeTexts.HelpTopic, "问", "问 <问题>", "查党内规定，例如：问 支委会多久开一次", Order: 90)
    {
        Example = "问 支委会多久开一次",
        ShortcutFor = HelpShortcut.Members,
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var question = arguments.Trim();
        if (question.Length == 0)
        {
            await turn.SendAsync(KnowledgeTexts.MissingQuestion, cancellationToken);
            return;
        }

        await responder.AnswerAsync(turn, question, cancellationToken);
    }
}
