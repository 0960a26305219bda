using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>有用 #编号: the button under an answer; without a number it rates the member's latest answer.</summary>
public sealed class HelpfulCommand(KnowledgeFeedbackService feedback) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = [KnowledgeTexts.HelpfulCommand];

    public CommandAudience Audience => CommandAudience.Members;

    public CommandHelp? Help => null;

    public Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken) =>
        AnswerRating.RateAsync(feedback, turn, arguments, helpful: true, cancellationToken);
}

/// <summary>没用 #编号: as 有用, and offers to pass the question on to the secretary.</summary>
public sealed class NotHelpfulCommand(KnowledgeFeedbackService feedback) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = [KnowledgeTexts.NotHelpfulCommand];

    public CommandAudience Audience => CommandAudience.Members;

    public CommandHelp? Help => null;

    public Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken) =>
        AnswerRating.RateAsync(feedback, turn, arguments, helpful: false, cancellationToken);
}

internal static class AnswerRating
{
    public static async Task RateAsync(KnowledgeFeedbackService feedback, BotTurn turn, string arguments, bool helpful, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var member = turn.Sender.Member!;
        var answerId = KnowledgeTexts.LoggedNumber(arguments)
            ?? (arguments.Trim().Length == 0 ? (await feedback.LatestOfAsync(member, failed: false, cancellationToken))?.Id : null);
        if (answerId is not { } id)
        {
            await turn.SendAsync(KnowledgeTexts.NothingToRate, cancellationToken);
            return;
        }

        var rated = await feedback.RateAsync(id, helpful, member, cancellationToken);
        if (!rated.Succeeded)
        {
            await turn.SendAsync(KnowledgeTexts.Problem(rated.Problem!), cancellationToken);
            return;
        }

        await turn.SendAsync(
            helpful
                ? Buttons.Message(KnowledgeTexts.ThanksHelpful, Array.Empty<string>())
                : Buttons.Message(KnowledgeTexts.ThanksNotHelpful, [(KnowledgeTexts.ForwardCommand, KnowledgeTexts.ForwardLoggedButton(id))]),
            cancellationToken);
    }
}
