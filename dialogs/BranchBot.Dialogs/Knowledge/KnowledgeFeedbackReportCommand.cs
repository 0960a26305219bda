using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>
/// 问答反馈: counts of 有用/没用, the answers marked 没用 most and the latest questions that failed, with buttons that
/// pass failed questions into 待答问题 so the answer reaches whoever asked.
/// </summary>
public sealed class KnowledgeFeedbackReportCommand(KnowledgeFeedbackService feedback, BranchClock clock) : IChatCommand
{
    private const int TopEntries = 5;
    private const int RecentFailures = 10;
    private const int ForwardButtons = 3;

    public IReadOnlyList<string> Keywords { get; } = [KnowledgeTexts.FeedbackReportCommand];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(KnowledgeTexts.HelpTopic, KnowledgeTexts.FeedbackReportCommand, "问答反馈", "查看问答的有用/没用反馈和没有答上的问题", Order: 93);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var summary = await feedback.SummarizeAsync(TopEntries, RecentFailures, cancellationToken);
        var buttons = summary.RecentFailures
            .Where(f => f.AskerId is not null)
            .Take(ForwardButtons)
            .Select(f => (Title: KnowledgeTexts.ForwardLoggedButton(f.Id), Value: KnowledgeTexts.ForwardLoggedButton(f.Id)))
            .Append((Title: KnowledgeTexts.PendingCommand, Value: KnowledgeTexts.PendingCommand));
        await turn.SendAsync(Buttons.Message(KnowledgeTexts.FeedbackReport(summary, clock.Zone), buttons), cancellationToken);
    }
}
