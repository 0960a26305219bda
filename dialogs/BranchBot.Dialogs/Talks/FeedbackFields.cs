using BranchBot.Core.Membership;
using BranchBot.Core.Talks;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Forms;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// The fields of <see cref="FeedbackDialog"/>: the resume offer, the four questions (each answer saved to the domain's
/// draft as it comes) and whether a visit is wanted. Which questions are answered is the draft's to say, not the form's.
/// </summary>
internal sealed class FeedbackFields(FeedbackService feedback)
{
    public IReadOnlyList<FormField<FeedbackForm>> All =>
    [
        Resume(),
        .. FeedbackTopics.InOrder.Select(Topic),
        Visit(),
    ];

    public static Member Member(DialogContext dc) => Sender.Of(dc).Member!;

    public static string WithLead(string? lead, string text) => string.IsNullOrEmpty(lead) ? text : $"{lead}\n{text}";

    public Task<FeedbackSession> SessionAsync(DialogContext dc, CancellationToken cancellationToken) => feedback.StartAsync(Member(dc), cancellationToken);

    /// <summary>继续 or 重新开始, offered before the first question when today's draft has answers.</summary>
    private FormField<FeedbackForm, FoundChoice> Resume() => new()
    {
        Name = "resume",
        IsMissing = form => form.OfferingResume,
        AskWith = async (dc, _, _, cancellationToken) => FieldQuestion<FeedbackForm>.Choice(
            TalkTexts.ResumeOffer((await SessionAsync(dc, cancellationToken)).Answers.Count),
            [Choice.Of(TalkTexts.Continue, "接着聊", "继续聊"), Choice.Of(TalkTexts.StartOver, "重来", "从头开始")]),
        AcceptWith = async (dc, form, choice, cancellationToken) =>
        {
            form = form with { OfferingResume = false, JustChosen = choice.Value };
            if (choice.Value != TalkTexts.StartOver)
            {
                return FieldAnswer<FeedbackForm>.Accepted(form with { Lead = TalkTexts.Resuming });
            }

            await feedback.DiscardAsync(Member(dc), cancellationToken);
            return FieldAnswer<FeedbackForm>.Accepted(form with { Lead = TalkTexts.StartingOver, HardshipMentioned = false });
        },
    };

    /// <summary>
    /// A question not yet answered (or chosen under 修改), asked as a free sentence so that another command sent instead
    /// of an answer reaches <see cref="FeedbackDialog.ContinueAsync"/>. Waits while a hardship just heard waits for
    /// the visit question.
    /// </summary>
    private FormField<FeedbackForm, string> Topic(FeedbackTopic topic) => new()
    {
        Name = $"topic.{topic}",
        Label = TalkLabels.Topic(topic),
        IsMissingWhen = async (dc, form, cancellationToken) =>
            form.HeardIn is null && (form.Redo == topic || (await SessionAsync(dc, cancellationToken)).AnswerTo(topic) is null),
        AskWith = async (dc, form, problem, cancellationToken) =>
        {
            var question = form.Redo == topic
                ? TalkTexts.Redo(topic, (await SessionAsync(dc, cancellationToken)).AnswerTo(topic)?.Text)
                : TalkTexts.Question(topic);
            return FieldQuestion<FeedbackForm>.FreeSentence(WithLead(problem ?? form.Lead, question), TalkTexts.Skip);
        },
        AcceptWith = (dc, form, text, cancellationToken) => AnswerAsync(dc, form, topic, text, cancellationToken),
        Clear = form => form with { Redo = topic },
    };

    /// <summary>
    /// Whether a visit is wanted: asked right after an answer that tells of a hardship, or (when that question was left
    /// open) once all four are answered, recalling what was said. Asked as a free sentence with 是/否 as buttons, so
    /// that a member who goes on talking instead ("家里老人住院了，顾不过来") is not asked for 是 or 否 and loses what they
    /// typed: a statement is kept as the next question's answer (or added to the answer that told of the hardship),
    /// and the visit question comes again once the questions are through.
    /// </summary>
    private FormField<FeedbackForm, string> Visit() => new()
    {
        Name = "visit",
        Label = TalkTexts.VisitField,
        AppliesTo = form => form.HardshipMentioned,
        IsMissingWhen = async (dc, form, cancellationToken) =>
        {
            if (form.VisitAsked)
            {
                return false;
            }

            if (form.HeardIn is not null)
            {
                return true;
            }

            var session = await SessionAsync(dc, cancellationToken);
            return form.Redo is null && session.IsComplete && session.Hardships.Count > 0;
        },
        AskWith = async (dc, form, problem, cancellationToken) =>
            FieldQuestion<FeedbackForm>.FreeSentence(WithLead(problem ?? form.Lead, await VisitQuestionAsync(dc, form, cancellationToken)), TalkTexts.Yes, TalkTexts.No),
        AcceptWith = AcceptVisitAsync,
        Clear = form => form with { VisitAsked = false, VisitWanted = null },
    };

    /// <summary>The visit question: about the hardship just heard, or recalling those told earlier.</summary>
    public async Task<string> VisitQuestionAsync(DialogContext dc, FeedbackForm form, CancellationToken cancellationToken)
    {
        var session = await SessionAsync(dc, cancellationToken);
        return form.HeardIn is { } topic
            ? TalkTexts.HardshipHeard(HardshipDetector.Detect(topic, session.AnswerTo(topic)?.Text))
            : TalkTexts.HardshipRecalled(session.Hardships);
    }

    private async Task<FieldAnswer<FeedbackForm>> AcceptVisitAsync(DialogContext dc, FeedbackForm form, string text, CancellationToken cancellationToken)
    {
        var reply = TextNormalizer.StripTrailingPunctuation(text);
        var wanted = TalkTexts.SkipWords.Contains(reply) ? false : YesNoReader.Read(reply);
        if (wanted is { } decided)
        {
            return FieldAnswer<FeedbackForm>.Accepted(
                form with { VisitAsked = true, VisitWanted = decided, HeardIn = null, Lead = decided ? TalkTexts.VisitWanted : TalkTexts.VisitDeclined });
        }

        if (!YesNoReader.IsStatement(reply))
        {
            return FieldAnswer<FeedbackForm>.Rejected(form with { Lead = null }, TalkTexts.AnswerYesOrNo);
        }

        // The member went on talking: what they said is kept where it belongs, never dropped for want of a 是 or 否.
        var session = await SessionAsync(dc, cancellationToken);
        var heardIn = form.HeardIn ?? FeedbackTopics.InOrder.Where(t => HardshipDetector.Detect(t, session.AnswerTo(t)?.Text).Count > 0).Select(t => (FeedbackTopic?)t).FirstOrDefault();
        var target = session.NextTopic ?? heardIn ?? FeedbackTopics.InOrder[^1];
        var earlier = session.AnswerTo(target) is { Skipped: false } answered ? answered.Text : null;
        var kept = await AnswerAsync(dc, form with { HeardIn = null, Lead = null }, target, earlier is null ? text : $"{earlier}；{reply}", cancellationToken);
        if (kept is not FieldAnswer<FeedbackForm>.Taken)
        {
            return kept;
        }

        return FieldAnswer<FeedbackForm>.Accepted(kept.Form with { Lead = earlier is null ? TalkTexts.KeptAsAnswer(target) : TalkTexts.AddedToAnswer(target) });
    }

    /// <summary>The question asked before <paramref name="topic"/>, or null for the first.</summary>
    private static FeedbackTopic? Previous(FeedbackTopic topic)
    {
        var at = FeedbackTopics.InOrder.ToList().IndexOf(topic);
        return at > 0 ? FeedbackTopics.InOrder[at - 1] : null;
    }

    /// <summary>Saves the answer (or the skip) and acknowledges it; a hardship in it leads to asking about a visit.</summary>
    private async Task<FieldAnswer<FeedbackForm>> AnswerAsync(DialogContext dc, FeedbackForm form, FeedbackTopic topic, string text, CancellationToken cancellationToken)
    {
        var answer = TextNormalizer.StripTrailingPunctuation(text);
        if (form.JustChosen is { } chosen)
        {
            form = form with { JustChosen = null };
            if (answer == chosen)
            {
                return FieldAnswer<FeedbackForm>.Rejected(form, TalkTexts.PressedTwice(chosen));
            }
        }

        if (form.Redo is null && Previous(topic) is { } previous && PreviousAnswerCorrection.TryRead(answer, out var instead))
        {
            if (instead.Length == 0)
            {
                return FieldAnswer<FeedbackForm>.Accepted(form with { Redo = previous, Lead = null });
            }

            var corrected = await AnswerAsync(dc, form, previous, instead, cancellationToken);
            return corrected is FieldAnswer<FeedbackForm>.Taken { Form.HeardIn: null }
                ? FieldAnswer<FeedbackForm>.Accepted(corrected.Form with { Lead = TalkTexts.PreviousCorrected(previous) })
                : corrected;
        }

        if (FeedbackProcessQuestions.Answer(answer) is { } explained)
        {
            // "这个要写多少字？": a question about the 谈心, answered; the same question follows and the draft stays.
            return FieldAnswer<FeedbackForm>.Rejected(form with { Lead = null }, $"{explained}\n{TalkTexts.StillAsking}");
        }

        var member = Member(dc);
        var skipped = TalkTexts.SkipWords.Contains(answer);
        var saved = skipped
            ? await feedback.SkipAsync(member, topic, cancellationToken)
            : await feedback.AnswerAsync(member, topic, text, cancellationToken);
        if (!saved.Succeeded)
        {
            return FieldAnswer<FeedbackForm>.Rejected(form, TalkTexts.Problem(saved.Problem!));
        }

        form = form with { Redo = null, HardshipMentioned = saved.Value!.Hardships.Count > 0 };
        var hardships = skipped ? [] : HardshipDetector.Detect(topic, text);
        if (hardships.Count > 0 && !form.VisitAsked)
        {
            return FieldAnswer<FeedbackForm>.Accepted(form with { HeardIn = topic, Lead = null });
        }

        var lead = skipped ? TalkTexts.Skipped(topic) : TalkTexts.SaysNothing(answer) ? TalkTexts.Nothing(topic) : TalkTexts.Answered(topic);
        return FieldAnswer<FeedbackForm>.Accepted(form with { Lead = lead });
    }
}
