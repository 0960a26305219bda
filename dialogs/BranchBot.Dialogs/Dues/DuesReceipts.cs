using BranchBot.Core.Dues;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;

namespace BranchBot.Dialogs.Dues;

/// <summary>Receipts to the payer and members' reports to the committee, through the outbox (each key once).</summary>
public sealed class DuesReceipts(IMemberNotifier notifier, MembershipService membership)
{
    /// <summary>Queues the receipt to the payer, unless the payer is the one who recorded it (their reply carries it).</summary>
    public async Task SendReceiptAsync(DuesPaymentResult result, Member recorder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(recorder);
        if (result.Payer.Id == recorder.Id || result.Receipt is not { } receipt)
        {
            return;
        }

        var notice = new Notification(DuesTexts.Receipt(result, recorder)) { Key = NoticeKeys.Of("dues-receipt", result.Payer.Id, receipt.ToString()) };
        await notifier.QueueAsync([result.Payer], notice, cancellationToken);
    }

    /// <summary>Tells the secretary (or the deputies while there is none) that a member reported a payment.</summary>
    public async Task TellCommitteeAsync(DuesPaymentResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var officers = BranchOfficers.Among(await membership.ListMembersAsync(cancellationToken), OfficerRule.SecretaryElseDeputies, except: result.Payer);
        if (officers.Count == 0 || result.Repeated)
        {
            return;
        }

        var key = NoticeKeys.Of("dues-reported", result.Payer.Id, result.Payments[0].BatchId);
        await notifier.QueueAsync(officers, new Notification(DuesTexts.ReportedToCommittee(result), [$"确认党费 {result.Payer.Name}"]) { Key = key }, cancellationToken);
    }
}
