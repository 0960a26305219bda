using BranchBot.Dialogs.Intents;

namespace BranchBot.Dialogs.Organisation;

/// <summary>
/// "各支部还有哪些问题没回复", "全部支部的待答问题", "查一下全党委没答复的提问": 待答问题 全部, for sentences that name
/// the branches as a whole (or 全部待答问题); without them the speaker means the branch's own 待答问题.
/// </summary>
public sealed class AllPendingQuestionsIntent : IIntentRule
{
    public string Command => AllPendingQuestionsCommand.Keyword;

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        var everyBranch = OversightPhrases.NamesTheBranches(text) || UnansweredPhrases.NamesEveryQuestion(text);
        return everyBranch && UnansweredPhrases.AsksForUnanswered(text)
            ? new IntentMatch(Command, Command, IntentEffect.Read, 0.93, new Dictionary<string, string>())
            : null;
    }
}
