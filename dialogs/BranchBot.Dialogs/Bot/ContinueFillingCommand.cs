using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Bot;

/// <summary>继续填写: back to the question of a long dialog set aside after repeated misunderstanding.</summary>
public sealed class ContinueFillingCommand : IChatCommand
{
    public const string NothingParked = "没有需要接着填写的内容。";

    public IReadOnlyList<string> Keywords { get; } = [PromptTexts.ResumeWords, "接着填写"];

    public CommandAudience Audience => CommandAudience.Anyone;

    public CommandHelp? Help => null;

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!await turn.Dialogs.ResumeParkedAsync(TextNormalizer.StripTrailingPunctuation(turn.Text), cancellationToken))
        {
            await turn.SendAsync(NothingParked, cancellationToken);
        }
    }
}
