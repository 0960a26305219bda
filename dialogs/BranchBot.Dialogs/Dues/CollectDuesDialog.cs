using BranchBot.Core.Dues;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Dues;

/// <summary>
/// Confirms an amount that differs from what is due, then records it. The request carries its own id, so a 确认 that
/// arrives again (the first reply was lost) finds the payment already recorded and says so.
/// </summary>
public sealed class CollectDuesDialog : WaterfallDialog
{
    public const string DialogId = "dues.collect";

    public sealed record Request(string PayerId, IReadOnlyList<string> Months, decimal? Total, string BatchId)
    {
        public string Question { get; init; } = string.Empty;
    }

    public CollectDuesDialog(DuesService dues, IMembershipStore members, DuesReceipts receipts)
        : base(DialogId, [Confirm, (step, ct) => RecordStepAsync(dues, members, receipts, step, ct)])
    {
    }

    private static Task<DialogTurnResult> Confirm(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptIds.Confirm, PromptOptions.Ask(step.GetOptions<Request>()!.Question), cancellationToken);

    private static async Task<DialogTurnResult> RecordStepAsync(
        DuesService dues, IMembershipStore members, DuesReceipts receipts, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.DialogContext.SendAsync(DuesTexts.CollectCancelled, cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }

        var request = step.GetOptions<Request>()!;
        if (await members.GetMemberAsync(request.PayerId, cancellationToken) is not { } payer)
        {
            await step.DialogContext.SendAsync(DuesTexts.Problem(new DuesProblem.NotMember()), cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }

        await step.DialogContext.SendAsync(await RecordAsync(dues, receipts, Sender.Of(step.DialogContext).Member!, payer, request, cancellationToken), cancellationToken);
        return await step.EndDialogAsync(true, cancellationToken);
    }

    /// <summary>Records the request and queues the receipt; the reply to the recorder.</summary>
    internal static async Task<string> RecordAsync(DuesService dues, DuesReceipts receipts, Member recorder, Member payer, Request request, CancellationToken cancellationToken)
    {
        var months = request.Months.Select(k => DuesMonth.TryParseKey(k, out var m) ? m : throw new InvalidOperationException($"Bad month key {k}.")).ToList();
        var recorded = await dues.RecordAsync(recorder, payer, months, request.Total, request.BatchId, cancellationToken);
        if (!recorded.Succeeded)
        {
            return DuesTexts.Problem(recorded.Problem!);
        }

        await receipts.SendReceiptAsync(recorded.Value!, recorder, cancellationToken);
        return payer.Id == recorder.Id ? DuesTexts.Receipt(recorded.Value!, recorder) : DuesTexts.Recorded(recorded.Value!);
    }
}
