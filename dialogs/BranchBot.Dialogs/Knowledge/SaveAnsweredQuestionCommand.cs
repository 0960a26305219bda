using System.Globalization;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>
/// 保存问答 编号 [依据]: the 保存到问答库 button under an answer. Saves the answered question with its answer as a
/// knowledge entry, asking for the 依据 first (支部答复 offered as a button).
/// </summary>
public sealed class SaveAnsweredQuestionCommand(PendingQuestionService questions) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = [KnowledgeTexts.SaveAnswerCommand];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp? Help => null;

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (number, source) = QuestionNumbers.Split(arguments);
        if (number is null)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], KnowledgeTexts.AskSaveNumber), cancellationToken);
            return;
        }

        var question = await questions.GetAsync(number.Value, cancellationToken);
        if (source.Length == 0 && question is { State: PendingQuestionState.Answered })
        {
            await turn.AskArgumentAsync(
                new ArgumentRequest(Keywords[0], KnowledgeTexts.AskSaveSource(number.Value), Prefix: number.Value.ToString(CultureInfo.InvariantCulture), Choices: [KnowledgeEntryRules.BranchAnswerSource]),
                cancellationToken);
            return;
        }

        if (question is { State: PendingQuestionState.Saved })
        {
            await turn.SendAsync(KnowledgeTexts.AlreadySaved(number.Value), cancellationToken);
            return;
        }

        var saved = await questions.SaveToKnowledgeBaseAsync(number.Value, source, turn.Sender.Member!, cancellationToken);
        await turn.SendAsync(saved.Succeeded ? KnowledgeTexts.SavedFromQuestion(saved.Value!) : KnowledgeTexts.Problem(saved.Problem!), cancellationToken);
    }
}
