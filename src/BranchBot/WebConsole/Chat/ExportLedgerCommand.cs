using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.WebConsole.Access;
using BranchBot.WebConsole.Export;

namespace BranchBot.WebConsole.Chat;

/// <summary>导出台账: the workbook is made in the console, so the answer is a login link and where to click.</summary>
public sealed class ExportLedgerCommand(ConsoleLoginLinks links, ConsoleYearWarmUp warmUp) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["导出台账"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(ConsoleChatTexts.HelpTopic, "导出台账", "导出台账", "在网页控制台把全年台账导出为 Excel 表格", Order: 91);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.Conversation?.IsGroup == true)
        {
            await turn.SendAsync(ConsoleChatTexts.PrivateChatOnly, cancellationToken);
            return;
        }

        warmUp.Start();
        await turn.SendAsync(ConsoleChatTexts.ExportLink(links.LinkFor(turn.Sender.Member!)), cancellationToken);
    }
}
