using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"下周三的党员大会取消了", "周五支委会不开了", "把11月27号的支委会撤掉": 取消会议 for the meeting named, after its own confirmation.</summary>
public sealed partial class CancelMeetingIntent : IIntentRule
{
    public string Command => "取消会议";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        var match = Cancelled().Match(text);
        if (!match.Success && CancelFirst().Match(text) is { Success: true } first)
        {
            text = first.Groups["meeting"].Value;
            match = End().Match(text);
        }

        if (!match.Success || IntentText.AsksAboutRules(text) || IntentText.IsUndecided(text) || text.Contains("请假", StringComparison.Ordinal))
        {
            return null;
        }

        var named = await MeetingSlots.OnItsDayAsync(NamedMeeting.Read(text[..match.Index], input.Now, input.Zone), input, cancellationToken);
        if (named?.Kind is null && !text[..match.Index].Contains('会', StringComparison.Ordinal))
        {
            return null;
        }

        var slots = new Dictionary<string, string>();
        MeetingSlots.Fill(slots, named);
        var number = await MeetingSlots.NumberOfAsync(named, input, cancellationToken);
        var line = number is { } n ? $"{Command} {n.ToString(CultureInfo.InvariantCulture)}" : Command;
        return new IntentMatch(Command, line, IntentEffect.Previewed, named is null ? 0.6 : 0.85, slots);
    }

    /// <summary>"取消下周三的党员大会", "帮我把周五的支委会取消掉" read as the meeting before a cancel at the end.</summary>
    [GeneratedRegex(@"^(请|帮我|麻烦)?(把)?取消(掉)?(?<meeting>.*(会|党课|主题党日|民主评议))$")]
    private static partial Regex CancelFirst();

    [GeneratedRegex(@"$")]
    private static partial Regex End();

    [GeneratedRegex(@"(取消(了|掉|吧)?|不开了|先不开了|不用开了|停开|撤(掉|了|销|销掉)(吧)?)$")]
    private static partial Regex Cancelled();
}
