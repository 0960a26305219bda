using BranchBot.Core.Dues;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Dues;

/// <summary>党费情况 [月份]: paid, pending and unpaid by name for one month (this month by default), with totals.</summary>
public sealed class DuesStatusCommand(DuesReports reports) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["党费情况", "党费收缴情况"];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(DuesTexts.HelpTopic, "党费情况", "党费情况 [月份]", "查看某月谁已交、待确认、未交及合计", Order: 53)
    {
        Example = "党费情况 11月",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reading = DuesMonthsReader.Read(arguments, reports.CurrentMonth);
        if (reading.Unclear || reading.Months.Count > 1 || reading.Rest.Length > 0)
        {
            await turn.SendAsync(DuesTexts.MonthsUnclear, cancellationToken);
            return;
        }

        var month = reading.None ? reports.CurrentMonth : reading.Months[0];
        await turn.SendAsync(DuesTexts.MonthStatus(await reports.MonthStatusAsync(month, cancellationToken)), cancellationToken);
    }
}
