using BranchBot.Core.Meetings;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// 台账 [2026|2026年第四季度|本季度|今年] [党课|主题党日|…]: required against held meetings per kind and period, gaps
/// flagged; with a kind named ("党课开了没"), that kind's rows only.
/// </summary>
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
        var (kind, period) = KindAndPeriod(arguments ?? string.Empty);
        if (LedgerScope.Read(period, clock.Now) is not { } scope)
        {
            await turn.SendAsync(MeetingTexts.LedgerScopeUnknown(arguments ?? string.Empty), cancellationToken);
            return;
        }

        var ledger = await compliance.LedgerAsync(scope.Year, scope.Quarter, cancellationToken);
        if (!ledger.Succeeded)
        {
            await turn.SendAsync(MeetingProblemTexts.Say(ledger.Problem!), cancellationToken);
            return;
        }

        var full = ledger.Value!;
        if (kind is not { } asked)
        {
            await turn.SendAsync(LedgerTexts.Ledger(full), cancellationToken);
            return;
        }

        var ofKind = full with { Rows = [.. full.Rows.Where(r => r.Kind == asked)] };
        await turn.SendAsync(
            ofKind.Rows.Count > 0 ? LedgerTexts.Ledger(ofKind, MeetingKinds.ToChinese(asked)) : MeetingTexts.LedgerHasNoRuleFor(MeetingKinds.ToChinese(asked)) + LedgerTexts.Ledger(full),
            cancellationToken);
    }

    /// <summary>"党课 本季度", "本季度党课", "2026年 主题党日": the kind asked about, if any, and the period left.</summary>
    private static (MeetingKind? Kind, string Period) KindAndPeriod(string arguments) =>
        MeetingKinds.TryFind(arguments, out var kind, out var start, out var length)
            ? (kind, arguments.Remove(start, length).Trim().TrimEnd('的').Trim())
            : (null, arguments);
}
