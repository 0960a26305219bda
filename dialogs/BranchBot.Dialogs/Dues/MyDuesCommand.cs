using BranchBot.Core.Dues;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Dues;

/// <summary>我的党费: the member's own base, monthly amount, what is paid this year and what is owed; nobody else's.</summary>
public sealed class MyDuesCommand(DuesReports reports) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["我的党费"];

    public CommandAudience Audience => CommandAudience.Members;

    public CommandHelp Help { get; } = new(DuesTexts.HelpTopic, "我的党费", "我的党费", "查看自己的交纳基数、每月应交、已交和欠交", Order: 56);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.SendAsync(DuesTexts.Statement(await reports.StatementAsync(turn.Sender.Member!, cancellationToken)), cancellationToken);
    }
}
