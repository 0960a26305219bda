using BranchBot.Core.Delivery;
using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Core.Scheduling;

namespace BranchBot.Scheduling;

/// <summary>
/// The 组织委员's summary: once a period is within the nudge lead time (the same moment each branch's secretary is
/// nudged), each 组织委员 (else each 党建专员) gets one message listing the branches under their units still missing a
/// required meeting, by rule. Queued under the marker key <c>compliance-summary:{root}:{Length}:{Period}</c> before
/// it is marked, so it goes out once per period across restarts; nothing goes out (and nothing is marked) while every
/// branch is complete.
/// </summary>
public sealed partial class ComplianceSummary(
    IOrganisationStore organisation,
    OverseenBranches overseen,
    BranchesMissingMeetings missing,
    ISentMarkerStore markers,
    IDeliveryOutbox outbox,
    TimeProvider time,
    ILogger<ComplianceSummary> logger)
{
    /// <summary>Sends every summary that is due and not yet sent; returns how many periods were summarised.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var units = await organisation.ListUnitsAsync(cancellationToken);
        if (units.FirstOrDefault(u => u.IsRoot) is not { } root)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var due = await missing.DueAsync([root.Id], now, cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var recipients = await RecipientsAsync(root, cancellationToken);
        if (recipients.Count == 0)
        {
            // Not marked: the summary goes out once someone holds the role.
            LogNoRecipient(logger, due.Count);
            return 0;
        }

        var sent = 0;
        foreach (var period in due)
        {
            var key = period.KeyIn(root.Id);
            if (await markers.IsMarkedAsync(key, cancellationToken))
            {
                continue;
            }

            // One request per set of units overseen; the outbox keeps one item per (key, member), so a rerun after a
            // crash before the mark adds nothing.
            foreach (var (unitIds, memberIds) in recipients)
            {
                var branchIds = (await overseen.UnderAsync(unitIds, cancellationToken)).Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
                var theirs = period with { Branches = [.. period.Branches.Where(b => branchIds.Contains(b.BranchId))] };
                if (theirs.Branches.Count > 0)
                {
                    await outbox.EnqueueAsync(new DeliveryRequest(key, memberIds, new DeliveryMessage(ComplianceSummaryTexts.Summary(theirs, now))), cancellationToken);
                }
            }

            if (await markers.TryMarkAsync(key, now, cancellationToken))
            {
                LogSummarised(logger, key, period.Branches.Select(b => b.BranchId).Distinct(StringComparer.Ordinal).Count());
                sent++;
            }
        }

        return sent;
    }

    /// <summary>The active 组织委员, else the active 党建专员, grouped by the units each oversees.</summary>
    private async Task<IReadOnlyList<(IReadOnlyList<string> UnitIds, IReadOnlyList<string> MemberIds)>> RecipientsAsync(OrgUnit root, CancellationToken cancellationToken)
    {
        var roles = await organisation.ListRolesAsync(cancellationToken);
        var branches = await overseen.UnderAsync([root.Id], cancellationToken);
        foreach (var kind in new[] { OrgRoleKind.OrganisationCommittee, OrgRoleKind.PartyAffairsOfficer })
        {
            var holders = roles.Where(r => r.Kind == kind).GroupBy(r => r.MemberId, StringComparer.Ordinal);
            var active = new List<(string MemberId, string Units)>();
            foreach (var holder in holders)
            {
                if (await IsActiveAsync(holder.Key, branches, cancellationToken))
                {
                    active.Add((holder.Key, string.Join('|', holder.Select(r => r.UnitId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))));
                }
            }

            if (active.Count > 0)
            {
                return [.. active.GroupBy(a => a.Units, StringComparer.Ordinal)
                    .Select(g => ((IReadOnlyList<string>)g.Key.Split('|'), (IReadOnlyList<string>)[.. g.Select(a => a.MemberId).Order(StringComparer.Ordinal)]))];
            }
        }

        return [];
    }

    /// <summary>Whether the role holder is still an active member of one of the organisation's branches.</summary>
    private static async Task<bool> IsActiveAsync(string memberId, IReadOnlyList<OverseenBranch> branches, CancellationToken cancellationToken)
    {
        foreach (var branch in branches)
        {
            if (await branch.Services.Members.GetMemberAsync(memberId, cancellationToken) is { } member)
            {
                return member.IsActive;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} compliance summaries are due but the organisation has no 组织委员 or 党建专员 to send them to.")]
    private static partial void LogNoRecipient(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Compliance summary {Key} sent ({Branches} branches missing meetings).")]
    private static partial void LogSummarised(ILogger logger, string key, int branches);
}
