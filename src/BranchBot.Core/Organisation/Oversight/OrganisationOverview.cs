using BranchBot.Core.Meetings;

namespace BranchBot.Core.Organisation.Oversight;

/// <summary>
/// 各支部情况: for each branch, every applicable rule's status in a period, computed by the same
/// <see cref="ComplianceCalculator"/> as the branch's own 台账 (a quarter's or year's cell holds exactly that 台账's
/// rows), with 谈心 coverage, broadcast receipts and open questions beside it. Red branches (a missed or at-risk
/// period) come first.
/// </summary>
public static class OrganisationOverview
{
    public static OverviewReport Compute(IEnumerable<BranchFacts> branches, OverviewPeriod period, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(branches);
        ArgumentNullException.ThrowIfNull(period);
        var rows = branches
            .Select(branch => RowOf(branch, period, now))
            .OrderBy(r => r.Attention)
            .ThenBy(r => r.Path, StringComparer.Ordinal)
            .ToList();
        return new OverviewReport(period, now, rows);
    }

    private static OverviewRow RowOf(BranchFacts branch, OverviewPeriod period, DateTimeOffset now)
    {
        var calculator = new ComplianceCalculator(branch.Compliance);
        var zone = branch.Compliance.Zone;
        var cells = calculator.Rows(rule => period.PeriodsOf(rule.Period, zone), now)
            .GroupBy(r => (r.Kind, r.Period.Period, r.Basis))
            .Select(rule =>
            {
                var rows = rule.ToList();
                return new RuleCell(rule.Key.Kind, rule.Key.Period, RuleCell.Combine(rows), rows, [.. rows.Where(r => calculator.IsAtRisk(r, now))]);
            })
            .ToList();
        return new OverviewRow(branch.Id, branch.Name, branch.Path, cells, branch.Talks, branch.Receipts, branch.OpenQuestions);
    }
}
