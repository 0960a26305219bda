using System.Text.RegularExpressions;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "周三的会我能来了", "那个会我又可以参加了", "周五党课我去得了了": a member who could not come now can. Leave asked for that
/// meeting is what changes, so 撤销请假 of it is offered (and, with no leave to take back, 撤销请假 says at once that nothing
/// needs doing); while the meeting is open for check-in, 签到 of it is offered instead. Words about leave ("假不请了") are
/// <see cref="Phrased.WithdrawLeaveIntent"/>'s; a question or someone else's coming is no such news.
/// </summary>
public sealed partial class CanComeAfterAllIntent : IIntentRule
{
    public string Command => WithdrawLeaveCommand.Keyword;

    /// <summary>A typed 撤销请假's arguments are <see cref="Phrased.WithdrawLeaveIntent"/>'s to read.</summary>
    public bool ReadsArguments => false;

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Clean;
        if (!CanCome().IsMatch(text) || text.Contains('假', StringComparison.Ordinal) || NotOwnNews().IsMatch(text))
        {
            return null;
        }

        var said = NamedMeeting.Read(text, input.Now, input.Zone);
        var meeting = await MeetingInFocus.ReadAsync(text, said, input, bareMeansIt: true, cancellationToken) ?? said;
        if (meeting is null)
        {
            return null;
        }

        var slots = new Dictionary<string, string>();
        MeetingSlots.Fill(slots, meeting);
        var open = await input.OpenForCheckInAsync(cancellationToken);
        return open.Any(m => meeting.Matches(m, input.Zone))
            ? new IntentMatch("签到", $"签到 {meeting.Described}", IntentEffect.Write, 0.6, slots)
            : new IntentMatch(Command, $"{Command} {meeting.Described}", IntentEffect.Write, 0.75, slots);
    }

    [GeneratedRegex(@"(能|可以|能够)(来|去|参加|出席|到会|赶上|赶过来|赶回来)(了|啦)|(来|去|参加)得(了|成)了|赶得(上|回来|及)了")]
    private static partial Regex CanCome();

    /// <summary>"周三的会你能来了吗", "刘洋能参加了": a question or another person's news.</summary>
    [GeneratedRegex(@"吗|么|谁|你|他|她|大家|都能|几个|多少|\?|？")]
    private static partial Regex NotOwnNews();
}
