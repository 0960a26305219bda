using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Talks;

/// <summary>谈心安排: the secretary has the rest of this year's talks planned, confirms, and everyone is told.</summary>
public sealed class TalkPlanCommand : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["谈心安排", "安排谈心"];

    public CommandAudience Audience => CommandAudience.Secretary;

    public CommandHelp Help { get; } = new(TalkTexts.HelpTopic, "谈心安排", "谈心安排", "自动安排今年剩余的谈心谈话，并通知每个人和谁谈、何时前完成", Order: 75);

    public Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.BeginDialogAsync(TalkPlanDialog.DialogId, null, cancellationToken);
    }
}
