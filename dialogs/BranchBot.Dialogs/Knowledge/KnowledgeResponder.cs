using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Dues;
using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Knowledge.Focus;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>
/// Answers a question: dues are worked out from the income in it; anything else is looked up and gets the answer
/// with its source, the closest questions, or a polite decline. Every question is logged; an answer carries 有用/没用
/// buttons and a question without an exact rule a 转交书记 button, each naming the logged question by its number.
/// </summary>
public sealed class KnowledgeResponder(KnowledgeBase knowledge, KnowledgeFeedbackService feedback, AnswerFocusStore answers, TimeProvider time)
{
    private const int Suggestions = 3;

    public Task AnswerAsync(BotTurn turn, string question, CancellationToken cancellationToken) =>
        AnswerAsync(turn, question, [], cancellationToken);

    /// <summary>
    /// As <see cref="AnswerAsync(BotTurn, string, CancellationToken)"/>, but a question without an exact rule that names
    /// commands (their help buttons in <paramref name="commandsNamed"/>) is asked back about them instead of declined
    /// (also one the gate finds outside the rules: how a command works is no rules question).
    /// </summary>
    /// <param name="notTheirs">
    /// What a command the question names but the sender may not use does ("广播是啥" from a member), said instead of
    /// the decline when the rules have nothing close; worked out only then.
    /// </param>
    public async Task AnswerAsync(BotTurn turn, string question, IReadOnlyList<(string Title, string Value)> commandsNamed, CancellationToken cancellationToken, Func<string?>? notTheirs = null)
    {
        ArgumentNullException.ThrowIfNull(commandsNamed);
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(question);
        if (DuesAnswer.For(question) is not { } dues)
        {
            var result = await SearchAsync(question, cancellationToken);
            var logged = await feedback.RecordSearchAsync(result, turn.Sender.Member, cancellationToken);
            // "广播能撤回吗", "邀请码过期了怎么办": no rule answers how the bot's own commands work, so they are asked about.
            if (result.Verdict is KnowledgeVerdict.Uncertain or KnowledgeVerdict.OutOfScope && commandsNamed.Count > 0 && turn.Sender.IsMember)
            {
                var buttons = commandsNamed.Append((HelpTexts.HelpWord + " " + commandsNamed[0].Title, HelpTexts.HelpWord + " " + commandsNamed[0].Title));
                await turn.SendAsync(Buttons.Message(KnowledgeTexts.DidYouMeanCommand(commandsNamed.Select(c => c.Title).ToList()), buttons.Concat(ForwardButton(turn, logged))), cancellationToken);
                return;
            }

            if ((result.Verdict == KnowledgeVerdict.OutOfScope || result is { Verdict: KnowledgeVerdict.Uncertain, Matches.Count: 0 })
                && notTheirs?.Invoke() is { } explained)
            {
                await turn.SendAsync(Buttons.Message(explained, [HelpTexts.HelpWord]), cancellationToken);
                return;
            }

            await ReplyAsync(turn, result, logged, cancellationToken);
            if (result.Verdict == KnowledgeVerdict.Answered && turn.Sender.Member is { } asker)
            {
                // "那预备党员呢", "要多久" said next lean on this question (AnswerFollowUpHandler).
                await answers.SetAsync(asker.Id, AnswerFocus.OfRules(question, time.GetUtcNow()), cancellationToken);
            }

            return;
        }

        if (dues is not DuesAnswer.Computed)
        {
            await turn.SendAsync(DuesTexts.Say(dues), cancellationToken);
            return;
        }

        var log = await feedback.RecordDuesAsync(question, turn.Sender.Member, cancellationToken);
        await turn.SendAsync(Buttons.Message(DuesTexts.Say(dues), RatingButtons(turn, log)), cancellationToken);
        if (dues is DuesAnswer.Computed computed && turn.Sender.Member is { } member)
        {
            // "那我一年交多少", "退休了呢" said next reuse this income (AnswerFollowUpHandler).
            await answers.SetAsync(member.Id, AnswerFocus.OfDues(question, computed.Kind, computed.MonthlyIncome, time.GetUtcNow()), cancellationToken);
        }
    }

    /// <summary>
    /// For a need stated rather than asked ("我要转组织关系，去上海工作了"): offers the closest rules questions as buttons and
    /// 转交书记, never an answer, since a statement is no question the gate was tuned on ("我想看看上次会议记录" would be
    /// answered with whether minutes must be kept). Returns false, having said nothing, when nothing on the rules is close.
    /// </summary>
    public async Task<bool> SuggestWhenInScopeAsync(BotTurn turn, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var result = await SearchAsync(text, cancellationToken);
        if (result.Verdict == KnowledgeVerdict.OutOfScope || result.Matches.Count == 0)
        {
            return false;
        }

        var logged = await feedback.RecordSearchAsync(result with { Verdict = KnowledgeVerdict.Uncertain }, turn.Sender.Member, cancellationToken);
        await turn.SendAsync(Buttons.Message(KnowledgeTexts.RulesThatMayHelp, ClosestQuestionButtons(turn, result, logged)), cancellationToken);
        return true;
    }

    public ValueTask<KnowledgeSearchResult> SearchAsync(string question, CancellationToken cancellationToken) =>
        knowledge.SearchAsync(question, Suggestions, cancellationToken);

    private static Task ReplyAsync(BotTurn turn, KnowledgeSearchResult result, AnswerLogEntry logged, CancellationToken cancellationToken) => result.Verdict switch
    {
        KnowledgeVerdict.Answered => turn.SendAsync(Buttons.Message(KnowledgeTexts.Answer(result), RatingButtons(turn, logged)), cancellationToken),
        KnowledgeVerdict.Uncertain when result.Matches.Count > 0 => turn.SendAsync(
            Buttons.Message(KnowledgeTexts.NoExactRule, ClosestQuestionButtons(turn, result, logged)), cancellationToken),
        KnowledgeVerdict.Uncertain => turn.SendAsync(Buttons.Message(KnowledgeTexts.NoExactRuleNothingClose, ForwardButton(turn, logged)), cancellationToken),
        _ => turn.SendAsync(KnowledgeTexts.OutOfScope, cancellationToken),
    };

    /// <summary>Only members rate answers and pass questions on: the buttons would be refused to anyone else.</summary>
    private static IEnumerable<(string Title, string Value)> RatingButtons(BotTurn turn, AnswerLogEntry logged) => turn.Sender.IsMember
        ? [(KnowledgeTexts.HelpfulCommand, KnowledgeTexts.RatingButtonValue(KnowledgeTexts.HelpfulCommand, logged.Id)),
           (KnowledgeTexts.NotHelpfulCommand, KnowledgeTexts.RatingButtonValue(KnowledgeTexts.NotHelpfulCommand, logged.Id))]
        : [];

    /// <summary>The closest entries' questions, each asking it again, then 转交书记.</summary>
    private static IEnumerable<(string Title, string Value)> ClosestQuestionButtons(BotTurn turn, KnowledgeSearchResult result, AnswerLogEntry logged) =>
        result.Matches.Select(m => (m.Entry.Question, KnowledgeTexts.AskButtonValue(m.Entry.Question))).Concat(ForwardButton(turn, logged));

    private static IEnumerable<(string Title, string Value)> ForwardButton(BotTurn turn, AnswerLogEntry logged) => turn.Sender.IsMember
        ? [(KnowledgeTexts.ForwardCommand, KnowledgeTexts.ForwardLoggedButton(logged.Id))]
        : [];
}
