using System.Text.Json.Nodes;
using BranchBot.Core.Notifications;
using BranchBot.Core.Talks;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Forms;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// 谈心: the four questions one at a time, each answer saved to the domain's draft as it comes. A hardship in an answer
/// is acknowledged and leads to asking whether a visit is wanted. Then a summary with 确认提交/修改/取消.
/// Another command sent instead of an answer pauses the conversation (the draft stays for the day), and so does repeated
/// misunderstanding at one of its choices; only 取消 (or 重新开始) deletes it.
/// </summary>
public sealed class FeedbackDialog : FormDialog<FeedbackForm>
{
    public const string DialogId = "talks.feedback";

    /// <summary>Where the step-by-step version of this dialog kept its form, for a conversation in progress at the deploy.</summary>
    private const string EarlierFormKey = "talks.feedbackForm";

    private readonly FeedbackService _feedback;
    private readonly FeedbackFields _fields;
    private readonly TalkNotifier _notifier;
    private readonly CommandInterruption _interruption;
    private readonly TalkSideQuestions _sideQuestions;
    private readonly BranchClock _clock;

    public FeedbackDialog(FeedbackService feedback, TalkNotifier notifier, CommandInterruption interruption, TalkSideQuestions sideQuestions, BranchClock clock)
        : base(DialogId)
    {
        _feedback = feedback;
        _fields = new FeedbackFields(feedback);
        _notifier = notifier;
        _interruption = interruption;
        _sideQuestions = sideQuestions;
        _clock = clock;
        Fields = _fields.All;
    }

    protected override IReadOnlyList<FormField<FeedbackForm>> Fields { get; }

    /// <summary>Unreachable in practice (取消 is the bot's, before the summary sees it); the draft is kept, as it says.</summary>
    protected override string NotDoneText => TalkTexts.KeptForLater;

    protected override FormChoices Choices { get; } = new(["提交", "确认", "确定", "是"], ["更改", "改"]) { ConfirmLabel = TalkTexts.Submit };

    public override string? KeptWhenAbandoned => TalkTexts.KeptAfterConfusion;

    /// <summary>Today's draft with answers is offered to be continued or started over; otherwise the introduction leads.</summary>
    protected override async Task<FeedbackForm> BeforeFirstAskAsync(DialogContext dc, FeedbackForm form, CancellationToken cancellationToken)
    {
        var member = FeedbackFields.Member(dc);
        var session = await _feedback.GetSessionAsync(member, cancellationToken);
        var today = new FeedbackForm { Date = Today(), HardshipMentioned = session is { Hardships.Count: > 0 } };
        if (session is { Answers.Count: > 0 })
        {
            return today with { OfferingResume = true };
        }

        var topic = form.SaidAbout ?? FeedbackTopics.InOrder[0];
        if (form.Said is not { } said || await _feedback.AnswerAsync(member, topic, said, cancellationToken) is not { Succeeded: true } kept)
        {
            return today with { Lead = TalkTexts.FeedbackIntro };
        }

        // What the member already said answers its question; a hardship in it is asked about (a visit) next.
        var heard = HardshipDetector.Detect(topic, said).Count > 0;
        return today with
        {
            HardshipMentioned = kept.Value!.Hardships.Count > 0,
            HeardIn = heard ? topic : null,
            Lead = TalkTexts.FeedbackIntro + "\n" + TalkTexts.SaidKeptAsFirstAnswer(topic),
        };
    }

    /// <summary>The member answered with text: an answer, unless it is another command or the day has changed.</summary>
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var form = CurrentForm(dc) ?? new FeedbackForm();
        var match = _interruption.Find(dc.Text);
        if (form.Date != Today())
        {
            await dc.SendAsync(TalkTexts.Expired, cancellationToken);
            return await StepAsideAsync(dc, match, cancellationToken);
        }

        if (match is null)
        {
            if (await _sideQuestions.TryAnswerAsync(dc, cancellationToken))
            {
                await AskAgainAsync(dc, TalkTexts.SideQuestionNotStored, cancellationToken);
                return DialogTurnResult.Waiting;
            }

            return await base.ContinueAsync(dc, cancellationToken);
        }

        if (match.Command is FeedbackCommand)
        {
            await RepromptAsync(dc, cancellationToken);
            return DialogTurnResult.Waiting;
        }

        var session = await _feedback.GetSessionAsync(FeedbackFields.Member(dc), cancellationToken);
        await dc.SendAsync(session is null ? TalkTexts.Discarded : TalkTexts.Paused, cancellationToken);
        return await StepAsideAsync(dc, match, cancellationToken);
    }

    /// <summary>The question waiting for a free answer, as first asked (without what led into it).</summary>
    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => AskAgainAsync(dc, null, cancellationToken);

    /// <summary>The question waiting for a free answer (a topic, or whether a visit is wanted), after <paramref name="lead"/>.</summary>
    private async Task AskAgainAsync(DialogContext dc, string? lead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (CurrentForm(dc) is not { } form)
        {
            return;
        }

        var session = await _fields.SessionAsync(dc, cancellationToken);
        var topic = form.HeardIn is null ? form.Redo ?? session.NextTopic : null;
        if (topic is { } asking)
        {
            await dc.SendAsync(Buttons.Message(FeedbackFields.WithLead(lead, TalkTexts.Question(asking)), [TalkTexts.Skip]), cancellationToken);
        }
        else if (!form.VisitAsked && (form.HeardIn is not null || form.HardshipMentioned && session.Hardships.Count > 0))
        {
            var visit = await _fields.VisitQuestionAsync(dc, form, cancellationToken);
            await dc.SendAsync(Buttons.Message(FeedbackFields.WithLead(lead, visit), [TalkTexts.Yes, TalkTexts.No]), cancellationToken);
        }
    }

    public override async Task OnCancelledByUserAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (CurrentForm(dc) is { OfferingResume: true })
        {
            await dc.SendAsync(TalkTexts.KeptForLater, cancellationToken);
            return;
        }

        await _feedback.DiscardAsync(FeedbackFields.Member(dc), cancellationToken);
        await dc.SendAsync(TalkTexts.Discarded, cancellationToken);
    }

    /// <summary>All four answered: the summary, or, when every question was skipped, nothing to submit.</summary>
    protected override async Task<FormSummary<FeedbackForm>> SummarizeAsync(DialogContext dc, FeedbackForm form, CancellationToken cancellationToken)
    {
        var member = FeedbackFields.Member(dc);
        var session = await _feedback.StartAsync(member, cancellationToken);
        if (!session.HasContent)
        {
            await _feedback.DiscardAsync(member, cancellationToken);
            await dc.SendAsync(FeedbackFields.WithLead(form.Lead, TalkTexts.AllSkipped), cancellationToken);
            return new FormSummary<FeedbackForm>.End();
        }

        var visit = session.Hardships.Count > 0 ? form.VisitWanted : null;
        var text = TalkTexts.FeedbackSummary(session.Answers, visit);
        return new FormSummary<FeedbackForm>.Show(form with { Lead = null }, text, SummaryOffer.ConfirmChangeCancel) { Lead = form.Lead };
    }

    protected override async Task<DialogTurnResult> SubmitAsync(DialogContext dc, FeedbackForm form, CancellationToken cancellationToken)
    {
        var member = FeedbackFields.Member(dc);
        // The secretary's notice is queued in the submission's own transaction: told exactly when it is stored.
        var secretaries = await _notifier.SecretariesToTellAsync(member, cancellationToken);
        var submitted = await _feedback.SubmitAsync(member, form.VisitWanted, stored => NoticeRequests.For(secretaries,
            new Notification(TalkTexts.FeedbackArrived(stored, member.Name)) { Key = NoticeKeys.Of("talk-feedback", stored.Feedback.Record.Id) }), cancellationToken);
        if (!submitted.Succeeded)
        {
            await dc.SendAsync(TalkTexts.Problem(submitted.Problem!), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        await dc.SendAsync(TalkTexts.FeedbackSubmitted(submitted.Value!, toldSecretary: secretaries.Count > 0), cancellationToken);
        return await dc.EndDialogAsync(submitted.Value!.Feedback.Record.Id, cancellationToken);
    }

    protected override FeedbackForm? EarlierForm(JsonObject state) => state.Get<FeedbackForm>(EarlierFormKey);

    private DateOnly Today() => DateOnly.FromDateTime(_clock.Now.DateTime);

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
