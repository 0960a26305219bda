using BranchBot.Core.Dues;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Dues;

/// <summary>
/// Confirms a member's own report and records it as pending. The request's id makes a 确认 that arrives again (the
/// first reply was lost) find the report already made: it is named, not made twice, and the committee is told once.
/// </summary>
public sealed class PayDuesDialog : WaterfallDialog
{
    public const string DialogId = "dues.pay";

    public sealed record Request(IReadOnlyList<string> Months, string BatchId, string Question);

    public PayDuesDialog(DuesService dues, DuesReceipts receipts)
        : base(DialogId, [Confirm, (step, ct) => ReportAsync(dues, receipts, step, ct)])
    {
    }

    private static Task<DialogTurnResult> Confirm(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptIds.Confirm, PromptOptions.Ask(step.GetOptions<Request>()!.Question), cancellationToken);

    private static async Task<DialogTurnResult> ReportAsync(DuesService dues, DuesReceipts receipts, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.DialogContext.SendAsync(DuesTexts.PayCancelled, cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }

        var request = step.GetOptions<Request>()!;
        var months = request.Months.Select(k => DuesMonth.TryParseKey(k, out var m) ? m : throw new InvalidOperationException($"Bad month key {k}.")).ToList();
        var reported = await dues.ReportAsync(Sender.Of(step.DialogContext).Member!, months, request.BatchId, cancellationToken);
        if (!reported.Succeeded)
        {
            await step.DialogContext.SendAsync(DuesTexts.Problem(reported.Problem!), cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }

        await receipts.TellCommitteeAsync(reported.Value!, cancellationToken);
        await step.DialogContext.SendAsync(DuesTexts.Reported(reported.Value!), cancellationToken);
        return await step.EndDialogAsync(true, cancellationToken);
    }
}
