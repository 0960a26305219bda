using BranchBot.Core.Broadcasts;

namespace BranchBot.Core.Organisation.Oversight;

/// <summary>
/// Broadcast receipts across branches: each overseen branch's latest broadcasts that have gone out, with how many
/// members each was sent to and how many of them pressed 收到, read-only.
/// </summary>
public sealed class BroadcastReceiptsAcrossBranches(OverseenBranches overseen, TimeProvider time)
{
    /// <summary>How many of a branch's latest broadcasts are shown.</summary>
    public const int PerBranch = 10;

    /// <summary>Branches by path, each with its latest broadcasts that are due (a 定时 one not yet sent is left out), newest first.</summary>
    public async Task<IReadOnlyList<BranchBroadcastReceipts>> ListAsync(IReadOnlyCollection<string> unitIds, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var found = new List<BranchBroadcastReceipts>();
        foreach (var branch in await overseen.UnderAsync(unitIds, cancellationToken))
        {
            var store = branch.Services.Broadcasts;
            var rows = new List<BroadcastReceipt>();
            foreach (var broadcast in (await store.ListRecentAsync(PerBranch * 2, cancellationToken)).Where(b => b.IsDue(now)).Take(PerBranch))
            {
                var recipients = broadcast.RecipientIds.ToHashSet(StringComparer.Ordinal);
                var acknowledged = broadcast.RequiresAcknowledgement
                    ? (await store.ListAcknowledgementsAsync(broadcast.Number, cancellationToken)).Count(a => recipients.Contains(a.MemberId))
                    : 0;
                rows.Add(new BroadcastReceipt(broadcast.Number, broadcast.SendsAt, broadcast.AudienceLabel, broadcast.Text, broadcast.IsWithdrawn, broadcast.RequiresAcknowledgement, new ReceiptCounts(acknowledged, recipients.Count)));
            }

            found.Add(new BranchBroadcastReceipts(branch.Id, branch.Name, branch.Path, rows));
        }

        return [.. found.OrderBy(b => b.Path, StringComparer.Ordinal)];
    }
}

/// <summary>One branch's latest broadcasts that went out, newest first.</summary>
public sealed record BranchBroadcastReceipts(string BranchId, string Name, string Path, IReadOnlyList<BroadcastReceipt> Broadcasts);

/// <summary>
/// One broadcast: sent to <see cref="ReceiptCounts.Recipients"/> members, <see cref="ReceiptCounts.Acknowledged"/> of
/// them pressed 收到 (0 when it asked for no receipt).
/// </summary>
public sealed record BroadcastReceipt(
    int Number, DateTimeOffset SentAt, string AudienceLabel, string Text, bool Withdrawn, bool AsksForReceipt, ReceiptCounts Counts);
