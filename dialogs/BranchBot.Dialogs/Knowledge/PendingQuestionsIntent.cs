using System.Text.RegularExpressions;
using BranchBot.Dialogs.Intents;
using BranchBot.Dialogs.Organisation;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>"还有哪些待答问题", "看下待回答的问题": the branch's own 待答问题 (the branches as a whole are 待答问题 全部).</summary>
public sealed partial class PendingQuestionsIntent : IIntentRule
{
    public string Command => KnowledgeTexts.PendingCommand;

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        return Pending().IsMatch(text) && !IntentText.AsksAboutRules(text) && !OversightPhrases.NamesTheBranches(text)
            ? new IntentMatch(Command, Command, IntentEffect.Read, 0.85, new Dictionary<string, string>())
            : null;
    }

    [GeneratedRegex(@"待答问题|待(回答|回复|答复)的?问题")]
    private static partial Regex Pending();
}
