using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Transfers;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Organisation;

/// <summary>Asks 是/否 before a 组织关系转接 and carries it out; a repeated 是 is told the member has moved already.</summary>
public sealed class TransferDialog : WaterfallDialog
{
    public const string DialogId = "organisation.transfer";

    /// <summary>The member and the receiving branch as resolved when the question was asked, and the question.</summary>
    public sealed record Request(string MemberId, string ToBranchId, string Question);

    public TransferDialog(MemberTransferService transfers, BranchContext branch)
        : base(DialogId, [Confirm, (step, ct) => TransferAsync(transfers, branch, step, ct)])
    {
    }

    private static Task<DialogTurnResult> Confirm(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptIds.Confirm, PromptOptions.Ask(step.GetOptions<Request>()!.Question), cancellationToken);

    private static async Task<DialogTurnResult> TransferAsync(
        MemberTransferService transfers, BranchContext branch, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.DialogContext.SendAsync(TransferTexts.Declined, cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }

        var request = step.GetOptions<Request>()!;
        var actor = Sender.Of(step.DialogContext).Member!;
        var done = await transfers.TransferAsync(branch.Id, actor, request.MemberId, request.ToBranchId, cancellationToken);
        await step.DialogContext.SendAsync(done.Succeeded ? TransferTexts.Done(done.Value!) : TransferTexts.Problem(done.Problem!), cancellationToken);
        return await step.EndDialogAsync(done.Succeeded, cancellationToken);
    }
}
