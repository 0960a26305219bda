using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Meetings;

namespace BranchBot.Core.Organisation.Oversight;

/// <summary>
/// Gathers <see cref="BranchFacts"/> for every open branch under some units, each from that branch's own services
/// (<see cref="IBranchServices"/>): its 台账 inputs of the period's year, 谈心 pair coverage of that year, the receipts
/// of its broadcasts sent in the period and its open 待答 count.
/// </summary>
public sealed class BranchFactsGatherer(OverseenBranches overseen, TimeProvider time)
{
    /// <summary>Shown for a branch named neither in the tree nor at 初始化 (a database not yet set up).</summary>
    public const string UnnamedBranch = OverseenBranches.UnnamedBranch;

    /// <summary>The overview of the branches under <paramref name="unitIds"/> (each branch once), red first.</summary>
    public async Task<OverviewReport> OverviewAsync(IReadOnlyCollection<string> unitIds, OverviewPeriod period, CancellationToken cancellationToken)
    {
        var facts = await GatherAsync(unitIds, period, cancellationToken);
        return OrganisationOverview.Compute(facts, period, time.GetUtcNow());
    }

    public async Task<IReadOnlyList<BranchFacts>> GatherAsync(IReadOnlyCollection<string> unitIds, OverviewPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        ArgumentNullException.ThrowIfNull(period);
        var facts = new List<BranchFacts>();
        foreach (var branch in await overseen.UnderAsync(unitIds, cancellationToken))
        {
            facts.Add(await FactsOfAsync(branch, period, cancellationToken));
        }

        return facts;
    }

    private async Task<BranchFacts> FactsOfAsync(OverseenBranch branch, OverviewPeriod period, CancellationToken cancellationToken)
    {
        var services = branch.Services;
        var inputs = await services.Compliance.InputsAsync(period.Year, cancellationToken);
        var (covered, required) = await services.Talks.CountsAsync(period.Year, cancellationToken);
        var receipts = await ReceiptsAsync(services, period.SpanIn(inputs.Zone), cancellationToken);
        var open = (await services.Questions.ListAsync(cancellationToken)).Count(q => q.State == PendingQuestionState.Open);
        return new BranchFacts(branch.Id, branch.Name, branch.Path, inputs, new TalkCounts(covered, required), receipts, open);
    }

    /// <summary>Broadcasts asking for 收到 that went out in the period (withdrawn ones left out): acknowledgements of their recipients.</summary>
    private async Task<ReceiptCounts> ReceiptsAsync(BranchServiceSet services, PeriodSpan span, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var acknowledged = 0;
        var recipients = 0;
        foreach (var broadcast in await services.Broadcasts.ListRecentAsync(int.MaxValue, cancellationToken))
        {
            if (!broadcast.RequiresAcknowledgement || broadcast.IsWithdrawn || !broadcast.IsDue(now) || !span.Contains(broadcast.SendsAt))
            {
                continue;
            }

            var ids = broadcast.RecipientIds.ToHashSet(StringComparer.Ordinal);
            recipients += ids.Count;
            acknowledged += (await services.Broadcasts.ListAcknowledgementsAsync(broadcast.Number, cancellationToken)).Count(a => ids.Contains(a.MemberId));
        }

        return new ReceiptCounts(acknowledged, recipients);
    }
}
