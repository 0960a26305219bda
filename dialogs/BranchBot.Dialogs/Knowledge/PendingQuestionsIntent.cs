using System.Text.RegularExpressions;
using BranchBot.Dialogs.Intents;
using BranchBot.Dialogs.Organisation;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>
/// "还有哪些待答问题", "看下待回答的问题", "大家问的问题还有哪些没回": the branch's own 待答问题 (the branches as a whole
/// are 待答问题 全部). A member asking after their own question ("我问的问题回复了吗") is not asking for the list.
/// </summary>
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

    [GeneratedRegex(@"待答问题|待(回答|回复|答复)的?问题|(大家|党员们|同志们|成员们?|党员)(问|提)的(问题|提问).{0,8}(没|未)有?(回|答|回复|答复|回答)")]
    private static partial Regex Pending();
}
