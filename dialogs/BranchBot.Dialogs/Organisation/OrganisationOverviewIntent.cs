using System.Text.RegularExpressions;
using BranchBot.Dialogs.Intents;

namespace BranchBot.Dialogs.Organisation;

/// <summary>
/// "各支部开会情况", "看看各支部台账", "哪些支部还没开党员大会", "全党委本月主题党日开展情况": 各支部情况, with the period
/// when one is named. Surer than a branch's own 台账 reading, since the sentence names the branches as a whole.
/// </summary>
public sealed partial class OrganisationOverviewIntent : IIntentRule
{
    public string Command => OrganisationOverviewCommand.Keyword;

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (!OversightPhrases.NamesTheBranches(text) || !Asks().IsMatch(text) || IntentText.AsksAboutRules(text))
        {
            return null;
        }

        return new IntentMatch(Command, OversightPhrases.LineWithPeriod(Command, text), IntentEffect.Read, 0.9, new Dictionary<string, string>());
    }

    [GeneratedRegex(@"情况|台账|开会|会开|没开|未开|开齐|缺|落下|达标|落实|完成|开展|汇总|统计|会议|党员大会|支委会|党小组会|党课|主题党日|三会一课|组织生活")]
    private static partial Regex Asks();
}
