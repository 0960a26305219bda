using BranchBot.Core.Talks;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// 谈心: the four questions one at a time, each answer saved to the domain's draft as it comes. A hardship in an answer
/// is acknowledged and leads to asking whether a visit is wanted. Then a summary with 确认提交/修改/取消.
/// Another command sent instead of an answer pauses the conversation (the draft stays for the day), and so does repeated
/// misunderstanding at one of its choices; only 取消 (or 重新开始) deletes it.
/// </summary>
public sealed class FeedbackDialog : WaterfallDialog
{
    public const string DialogId = "talks.feedback";

    private readonly FeedbackService _feedback;
    private readonly CommandInterruption _interruption;
    private readonly BranchClock _clock;

    public FeedbackDialog(FeedbackService feedback, TalkNotifier notifier, CommandInterruption interruption, BranchClock clock)
        : base(DialogId, new FeedbackSteps(feedback, notifier, clock).All)
    {
        _feedback = feedback;
        _interruption = interruption;
        _clock = clock;
    }

    /// <summary>The member answered with text: an answer, unless it is another command or the day has changed.</summary>
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var form = FeedbackSteps.Form(dc);
        var match = _interruption.Find(dc.Text);
        if (form.Date != FeedbackSteps.Today(_clock))
        {
            await dc.SendAsync(TalkTexts.Expired, cancellationToken);
            return await StepAsideAsync(dc, match, cancellationToken);
        }

        if (match is null)
        {
            return await base.ContinueAsync(dc, cancellationToken);
        }

        if (match.Command is FeedbackCommand)
        {
            await RepromptAsync(dc, cancellationToken);
            return DialogTurnResult.Waiting;
        }

        var session = await _feedback.GetSessionAsync(Sender.Of(dc).Member!, cancellationToken);
        await dc.SendAsync(session is null ? TalkTexts.Discarded : TalkTexts.Paused, cancellationToken);
        return await StepAsideAsync(dc, match, cancellationToken);
    }

    public override string? KeptWhenAbandoned => TalkTexts.KeptAfterConfusion;

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return FeedbackSteps.Form(dc).Asking is { } topic
            ? dc.SendAsync(Buttons.Message(TalkTexts.Question(topic), [TalkTexts.Skip]), cancellationToken)
            : Task.CompletedTask;
    }

    public override async Task OnCancelledByUserAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (FeedbackSteps.Form(dc).OfferingResume)
        {
            await dc.SendAsync(TalkTexts.KeptForLater, cancellationToken);
            return;
        }

        await _feedback.DiscardAsync(Sender.Of(dc).Member!, cancellationToken);
        await dc.SendAsync(TalkTexts.Discarded, cancellationToken);
    }

    private async Task<DialogTurnResult> StepAsideAsync(DialogContext dc, CommandMatch? match, CancellationToken cancellationToken)
    {
        await dc.EndDialogAsync(null, cancellationToken);
        if (match is not null)
        {
            await _interruption.RunAsync(dc, match, cancellationToken);
        }

        return dc.ActiveInstance is null ? new DialogTurnResult(DialogTurnStatus.Complete) : DialogTurnResult.Waiting;
    }
}
