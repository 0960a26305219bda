using BranchBot.Core.Knowledge;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>Looks a question up and replies: the answer with its source, the closest questions, or a polite decline.</summary>
public sealed class KnowledgeResponder(KnowledgeBase knowledge)
{
    private const int Suggestions = 3;

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
