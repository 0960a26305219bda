using BranchBot.Core.PartyDevelopment;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>发展党员台账: everyone by stage, those with overdue steps first; committee only.</summary>
public sealed class DevelopmentLedgerCommand(DevelopmentService development) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["发展党员台账", "入党台账"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(DevelopmentTexts.HelpTopic, "发展党员台账", "发展党员台账", "按阶段列出所有发展对象，逾期事项在前", Order: 83);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.SendAsync(await DevelopmentFileCommand.ReplyAsync(development, turn, string.Empty, cancellationToken), cancellationToken);
    }
}
