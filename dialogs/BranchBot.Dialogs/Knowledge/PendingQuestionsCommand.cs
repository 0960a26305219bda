using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>待答问题: the open questions members passed on, numbered, with a 回答 button for the first few.</summary>
public sealed class PendingQuestionsCommand(PendingQuestionService questions, BranchClock clock) : IChatCommand
{
    private const int AnswerButtons = 5;

    public IReadOnlyList<string> Keywords { get; } = [KnowledgeTexts.PendingCommand];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(KnowledgeTexts.HelpTopic, KnowledgeTexts.PendingCommand, "待答问题 / 回答 编号 答复", "查看并答复党员转交的问题，答复可一键存入问答库", Order: 92)
    {
        ShortcutFor = HelpShortcut.Committee | HelpShortcut.Secretary,
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var open = await questions.ListAsync(openOnly: true, cancellationToken);
        if (open.Count == 0)
        {
            await turn.SendAsync(KnowledgeTexts.NoPendingQuestions, cancellationToken);
            return;
        }

        await turn.SendAsync(
            Buttons.Message(KnowledgeTexts.PendingList(open, clock.Zone), open.Take(AnswerButtons).Select(q => KnowledgeTexts.AnswerButton(q.Number))),
            cancellationToken);
    }
}
