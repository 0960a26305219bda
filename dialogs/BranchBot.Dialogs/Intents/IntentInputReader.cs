using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents;

/// <summary>Gathers what the rules need to read a sentence: the clock, the roster's names, the meetings ahead.</summary>
public sealed class IntentInputReader(MembershipService membership, MeetingService meetings, BranchClock clock)
{
    public async Task<IntentInput> ReadAsync(string text, Sender? sender, CancellationToken cancellationToken)
    {
        var members = await membership.ListMembersAsync(cancellationToken);
        var upcoming = await meetings.ListUpcomingAsync(MeetingTexts.ListedMeetings, cancellationToken);
        return new IntentInput(text, clock.Now, clock.Zone, sender, [.. members.Select(m => m.Name)], upcoming);
    }
}
