using System.Globalization;
using BranchBot.Core.Dues;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Dues;

/// <summary>党费台账 [年份]: per member per month of the year, with totals; the console exports the full sheet.</summary>
public sealed class DuesLedgerCommand(DuesReports reports) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["党费台账", "党费账"];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(DuesTexts.HelpTopic, "党费台账", "党费台账 [年份]", "查看全年每人每月的交纳情况", Order: 54)
    {
        Example = "党费台账 2026",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = arguments.Trim().TrimEnd('年');
        var year = reports.CurrentMonth.Year;
        if (text.Length > 0 && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year is < 2000 or > 2100))
        {
            await turn.SendAsync(DuesTexts.YearUnknown(arguments.Trim()), cancellationToken);
            return;
        }

        await turn.SendAsync(DuesTexts.Ledger(await reports.LedgerAsync(year, cancellationToken)), cancellationToken);
    }
}
