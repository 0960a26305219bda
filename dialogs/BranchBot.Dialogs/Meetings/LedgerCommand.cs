using BranchBot.Core.Meetings;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Meetings;

/// <summary>台账 [2026|2026年第四季度|本季度|今年]: required against held meetings per kind and period, gaps flagged.</summary>
public sealed class LedgerCommand(ComplianceService compliance, BranchClock clock) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["台账", "会议台账", "三会一课台账"];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, "台账", "台账 2026 / 台账 本季度", "按年或季度查看三会一课、主题党日等是否按规定召开", Order: 66)
    {
        Example = "台账 本季度",
        ShortcutFor = HelpShortcut.Secretary,
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (LedgerScope.Read(arguments, clock.Now) is not { } scope)
        {
            await turn.SendAsync(MeetingTexts.LedgerScopeUnknown(arguments), cancellationToken);
            return;
        }

        var ledger = await compliance.LedgerAsync(scope.Year, scope.Quarter, cancellationToken);
        await turn.SendAsync(ledger.Succeeded ? LedgerTexts.Ledger(ledger.Value!) : MeetingProblemTexts.Say(ledger.Problem!), cancellationToken);
    }
}
