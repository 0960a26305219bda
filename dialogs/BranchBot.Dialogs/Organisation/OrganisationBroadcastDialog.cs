using BranchBot.Core.Organisation.Broadcasts;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Organisation;

/// <summary>
/// Shows the 党委广播's preview (branch by branch) and sends it on 发送并要求回执 or 发送（不要回执）. The draft's source
/// key is fixed when the preview is shown, so a 确认 that arrives twice sends once.
/// </summary>
public sealed class OrganisationBroadcastDialog : WaterfallDialog
{
    public const string DialogId = "organisation.broadcast";

    public sealed record Request(string Text, OrganisationAudienceKind Audience, string? BranchId, string Preview, string SourceKey);

    public OrganisationBroadcastDialog(OrganisationBroadcastService broadcasts, BranchClock clock)
        : base(DialogId, [Confirm, (step, ct) => SendAsync(broadcasts, clock, step, ct)])
    {
    }

    private static Task<DialogTurnResult> Confirm(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = PromptOptions.Ask(step.GetOptions<Request>()!.Preview);
        options.Choices =
        [
            Choice.Of(OrganisationBroadcastTexts.SendWithReceipt, "确认", "发送", "是", "要回执", "需要回执"),
            Choice.Of(OrganisationBroadcastTexts.SendWithoutReceipt, "不要回执", "不需要回执", "无需回执"),
            Choice.Of(OrganisationBroadcastTexts.DoNotSend, "否", "不发", "算了"),
        ];
        return step.PromptAsync(PromptIds.Choice, options, cancellationToken);
    }

    private static async Task<DialogTurnResult> SendAsync(
        OrganisationBroadcastService broadcasts, BranchClock clock, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not FoundChoice { Index: 0 or 1 } choice)
        {
            await step.DialogContext.SendAsync(OrganisationBroadcastTexts.Declined, cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }

        var request = step.GetOptions<Request>()!;
        var audience = new OrganisationAudience(request.Audience, request.BranchId);
        var draft = new OrganisationBroadcastDraft(request.Text, audience, RequiresAcknowledgement: choice.Index == 0, request.SourceKey);
        var sent = await broadcasts.SendAsync(draft, Sender.Of(step.DialogContext).Member!, cancellationToken);
        await step.DialogContext.SendAsync(
            sent.Succeeded ? OrganisationBroadcastTexts.Sent(sent.Value!) : OrganisationBroadcastTexts.Problem(sent.Problem!, clock), cancellationToken);
        return await step.EndDialogAsync(sent.Succeeded, cancellationToken);
    }
}
