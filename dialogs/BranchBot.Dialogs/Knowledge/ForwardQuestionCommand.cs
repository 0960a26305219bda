using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>
/// 转交书记: puts a question into the secretary's queue. The button under "没有找到确切规定" sends the logged question's
/// number (转交书记 #12); a member may also type the question, or send the bare command for their latest unanswered one.
/// A committee member may forward any member's logged question from 问答反馈; the answer goes to whoever asked.
/// </summary>
public sealed class ForwardQuestionCommand(PendingQuestionService questions, KnowledgeFeedbackService feedback) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = [KnowledgeTexts.ForwardCommand];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    public CommandHelp? Help => null;

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var member = turn.Sender.Member!;
        var logged = KnowledgeTexts.LoggedNumber(arguments);
        if (logged is null && arguments.Trim().Length == 0)
        {
            logged = (await feedback.LatestOfAsync(member, failed: true, cancellationToken))?.Id;
            if (logged is null)
            {
                await turn.SendAsync(KnowledgeTexts.NothingToForward, cancellationToken);
                return;
            }
        }

        var forwarded = logged is { } id
            ? await questions.ForwardLoggedAsync(id, member, cancellationToken)
            : await questions.ForwardAsync(arguments, member, cancellationToken);
        await turn.SendAsync(forwarded.Succeeded ? KnowledgeTexts.Forwarded(forwarded.Value!, member.Id) : KnowledgeTexts.Problem(forwarded.Problem!), cancellationToken);
    }
}
