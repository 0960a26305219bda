using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Dues;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>
/// Answers a question: dues are worked out from the income in it; anything else is looked up and gets the answer
/// with its source, the closest questions, or a polite decline.
/// </summary>
public sealed class KnowledgeResponder(KnowledgeBase knowledge)
{
    private const int Suggestions = 3;

    public Task AnswerAsync(BotTurn turn, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(question);
        if (DuesQuestion.TryParse(question) is not { } dues)
        {
            return ReplyAsync(turn, Search(question), cancellationToken);
        }

        if (dues.NeedsIncome)
        {
            return turn.SendAsync(KnowledgeTexts.DuesNeedsIncome, cancellationToken);
        }

        var quote = DuesCalculator.Calculate(dues.Kind, dues.MonthlyIncome);
        var preparatory = question.Contains("预备党员", StringComparison.Ordinal);
        return turn.SendAsync(KnowledgeTexts.Dues(dues, quote, preparatory), cancellationToken);
    }

    public KnowledgeSearchResult Search(string question) => knowledge.Search(question, Suggestions);

    public Task ReplyAsync(BotTurn turn, KnowledgeSearchResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(result);
        return result.Verdict switch
        {
            KnowledgeVerdict.Answered => turn.SendAsync(KnowledgeTexts.Answer(result.Answer!), cancellationToken),
            KnowledgeVerdict.Uncertain when result.Matches.Count > 0 => turn.SendAsync(
                Buttons.Message(
                    KnowledgeTexts.NoExactRule,
                    result.Matches.Select(m => (m.Entry.Question, KnowledgeTexts.AskButtonValue(m.Entry.Question)))),
                cancellationToken),
            KnowledgeVerdict.Uncertain => turn.SendAsync(KnowledgeTexts.NoExactRuleNothingClose, cancellationToken),
            _ => turn.SendAsync(KnowledgeTexts.OutOfScope, cancellationToken),
        };
    }
}
