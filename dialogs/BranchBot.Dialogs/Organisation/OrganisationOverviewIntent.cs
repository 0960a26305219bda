using System.Text.RegularExpressions;
using BranchBot.Dialogs.Intents;

namespace BranchBot.Dialogs.Organisation;

/// <summary>
/// "各支部开会情况", "看看各支部台账", "哪些支部还没开党员大会": 各支部情况, with the period when one is named. Surer than
/// a branch's own 台账 reading, since the sentence names the branches as a whole.
/// </summary>
public sealed partial class OrganisationOverviewIntent : IIntentRule
{
    public string Command => OrganisationOverviewCommand.Keyword;

    public ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken) => ValueTask.FromResult(Read(input));

    private IntentMatch? Read(IntentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (!Branches().IsMatch(text) || !Asks().IsMatch(text) || IntentText.AsksAboutRules(text))
        {
            return null;
        }

        var period = Period().Match(text);
        var line = period.Success ? $"{Command} {period.Value}" : Command;
        return new IntentMatch(Command, line, IntentEffect.Read, 0.9, new Dictionary<string, string>());
    }

    [GeneratedRegex(@"(各|各个|所有|全部|每个|哪些|哪个|哪几个|几个)(党)?支部")]
    private static partial Regex Branches();

    [GeneratedRegex(@"情况|台账|开会|没开|未开|缺|达标|落实|完成|会议|党员大会|支委会|党小组会|党课|主题党日|三会一课")]
    private static partial Regex Asks();

    [GeneratedRegex(@"\d{4}年(第[一二三四1-4]季度|\d{1,2}月)?|本季度|这个?季度|上个?季度|本月|这个月|上个?月|今年|本年")]
    private static partial Regex Period();
}
