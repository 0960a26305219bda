using BranchBot.Core.Membership;
using BranchBot.Core.Talks;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Forms;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Membership;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// The guided 记录谈心: who, when (a past or today's date), form (面谈/电话/线上), topics, issues found and follow-up
/// (both may be skipped), then a summary; stored on 确认 only.
/// </summary>
public sealed class RecordTalkDialog : FormDialog<TalkEntryForm>
{
    public const string DialogId = "talks.recordTalk";

    private static readonly HashSet<string> SkipOrNothing = new([.. TalkTexts.SkipWords, .. TalkTexts.NothingWords], StringComparer.OrdinalIgnoreCase);

    private readonly MembershipService _membership;
    private readonly TalkRecorder _recorder;

    public RecordTalkDialog(MembershipService membership, TalkRecorder recorder, BranchClock clock)
        : base(DialogId)
    {
        _membership = membership;
        _recorder = recorder;
        Fields =
        [
            new FormField<TalkEntryForm, string>
            {
                Name = "partner",
                IsMissing = form => form.Partner is null,
                Ask = (form, problem) => FieldQuestion<TalkEntryForm>.Text(PromptOptions.Ask(WithProblem(problem ?? form.Problem, TalkTexts.AskTalkPartner))),
                AcceptWith = async (_, form, typed, ct) => await PartnerAsync(typed, ct) switch
                {
                    ({ } partner, _) => FieldAnswer<TalkEntryForm>.Accepted(form with { Partner = partner, Problem = null }),
                    (_, var notFound) => FieldAnswer<TalkEntryForm>.Rejected(form with { Problem = null }, notFound),
                },
            },
            new FormField<TalkEntryForm, ResolvedDateTime>
            {
                Name = "date",
                IsMissing = form => form.Date is null,
                Ask = (_, problem) => new FieldQuestion<TalkEntryForm>.Prompt(PromptIds.DateTime, DateTimePrompt.Ask(WithProblem(problem, TalkTexts.AskTalkDate))),
                AcceptWith = (dc, form, answer, _) => Task.FromResult(Dated(clock, form, answer, dc.Text)),
            },
            new FormField<TalkEntryForm, FoundChoice>
            {
                Name = "form",
                IsMissing = form => form.Form is null,
                Ask = (_, _) => FieldQuestion<TalkEntryForm>.Choice(TalkTexts.AskTalkForm, TalkForms.ChineseChoices.Select(c => Choice.Of(c))),
                Accept = (form, choice) => FieldAnswer<TalkEntryForm>.Accepted(
                    form with { Form = TalkForms.TryParse(choice.Value, out var talkForm) ? talkForm : default(TalkForm) }),
            },
            new FormField<TalkEntryForm, string>
            {
                Name = "topics",
                IsMissing = form => form.Topics is null,
                Ask = (_, _) => FieldQuestion<TalkEntryForm>.Text(PromptOptions.Ask(TalkTexts.AskTalkTopics)),
                Accept = (form, topics) => FieldAnswer<TalkEntryForm>.Accepted(form with { Topics = topics }),
            },
            new FormField<TalkEntryForm, string>
            {
                Name = "issues",
                IsMissing = form => !form.IssuesAsked,
                Ask = (_, _) => FieldQuestion<TalkEntryForm>.Text(PromptOptions.Ask(TalkTexts.AskTalkIssues)),
                Accept = (form, issues) => FieldAnswer<TalkEntryForm>.Accepted(form with { Issues = issues.Trim(), IssuesAsked = true }),
                SkipWords = SkipOrNothing,
                Skip = form => form with { Issues = null, IssuesAsked = true },
            },
            new FormField<TalkEntryForm, string>
            {
                Name = "followUp",
                IsMissing = form => !form.FollowUpAsked,
                Ask = (_, _) => FieldQuestion<TalkEntryForm>.Text(PromptOptions.Ask(TalkTexts.AskTalkFollowUp)),
                Accept = (form, followUp) => FieldAnswer<TalkEntryForm>.Accepted(form with { FollowUp = followUp.Trim(), FollowUpAsked = true }),
                SkipWords = SkipOrNothing,
                Skip = form => form with { FollowUp = null, FollowUpAsked = true },
            },
        ];
    }

    public override string DraftName => "谈话记录";

    protected override IReadOnlyList<FormField<TalkEntryForm>> Fields { get; }

    protected override string NotDoneText => TalkTexts.TalkNotRecorded;

    /// <summary>A name typed with the command is looked up like one typed in answer; an unknown one is asked again.</summary>
    protected override async Task<TalkEntryForm> BeforeFirstAskAsync(DialogContext dc, TalkEntryForm form, CancellationToken cancellationToken)
    {
        if (form.Partner is not { } typed)
        {
            return form;
        }

        var (partner, notFound) = await PartnerAsync(typed, cancellationToken);
        return form with { Partner = partner, Problem = notFound };
    }

    protected override Task<FormSummary<TalkEntryForm>> SummarizeAsync(DialogContext dc, TalkEntryForm form, CancellationToken cancellationToken)
    {
        var summary = TalkTexts.TalkSummary(form.Partner!, form.Date!.Value, form.Form!.Value, form.Topics!, form.Issues, form.FollowUp);
        return Task.FromResult<FormSummary<TalkEntryForm>>(
            new FormSummary<TalkEntryForm>.Show(form with { RecordId = TalkRecord.NewId() }, summary, SummaryOffer.YesOrNo));
    }

    protected override async Task<DialogTurnResult> SubmitAsync(DialogContext dc, TalkEntryForm form, CancellationToken cancellationToken)
    {
        var entry = new TalkEntry(form.Topics!, form.Date, form.Form!.Value, form.Issues, form.FollowUp, form.RecordId);
        var author = Sender.Of(dc).Member!;
        await dc.SendAsync(await _recorder.RecordAsync(author, form.Partner!, entry, cancellationToken), cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>The active member of that name (their name as the roster spells it), or why there is none.</summary>
    private async Task<(string? Partner, string? NotFound)> PartnerAsync(string typed, CancellationToken cancellationToken)
    {
        var name = TextNormalizer.StripTrailingPunctuation(typed);
        var partner = await _membership.FindByNameAsync(name, cancellationToken);
        return partner is { IsActive: true } ? (partner.Name, null) : (null, MembershipProblemTexts.NotFound(name));
    }

    /// <summary>A talk is recorded after it took place: a later date is refused and the date asked again.</summary>
    private static FieldAnswer<TalkEntryForm> Dated(BranchClock clock, TalkEntryForm form, ResolvedDateTime answer, string typed)
    {
        var today = DateOnly.FromDateTime(clock.Now.DateTime);
        var date = InThePast(answer.Date, today, typed);
        return date > today
            ? FieldAnswer<TalkEntryForm>.Rejected(form, TalkTexts.TalkDateInFuture(date))
            : FieldAnswer<TalkEntryForm>.Accepted(form with { Date = date });
    }

    /// <summary>
    /// The recognizer reads "11月20日" as the next such day, as meetings need; a talk already held means the last one,
    /// so a month and day without a year that fell into next year is taken from this year.
    /// </summary>
    private static DateOnly InThePast(DateOnly date, DateOnly today, string typed) =>
        date.Year > today.Year && !typed.Contains('年', StringComparison.Ordinal) && date.AddYears(-1) <= today ? date.AddYears(-1) : date;

    private static string WithProblem(string? problem, string question) => problem is null ? question : $"{problem}\n{question}";
}
