using BranchBot.Core.Meetings;
using BranchBot.Core.Time;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Overview;

/// <summary>This month's and this quarter's 三会一课 / 主题党日 rows of the 台账.</summary>
public sealed class ComplianceSection(ComplianceService compliance, BranchClock clock) : IOverviewSection
{
    public int Order => 10;

    public async Task WriteAsync(ConsoleRequest request, HtmlWriter html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        var now = clock.Now;
        var ledger = await compliance.LedgerAsync(now.Year, ((now.Month - 1) / 3) + 1, cancellationToken);
        html.Open("section", ("id", "compliance")).Element("h2", "本月和本季度组织生活");
        if (!ledger.Succeeded)
        {
            html.Element("p", ledger.Problem, ("class", "problem")).Close("section");
            return;
        }

        var current = ledger.Value!.Rows
            .Where(r => r.Period.Period is CompliancePeriod.Month or CompliancePeriod.Quarter && r.Period.Contains(clock.UtcNow))
            .ToList();
        LedgerTable.Write(html, current, showKind: true);
        html.Close("section");
    }
}
