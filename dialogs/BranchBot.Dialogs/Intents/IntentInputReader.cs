using BranchBot.Core.Meetings;
using BranchBot.Core.Meetings.Focus;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// Gathers what the rules need to read a sentence: the clock now, and the roster's names and the meetings ahead only
/// if a rule asks for them (a typed command or a sentence no name-reading rule fits never touches the store).
/// </summary>
public sealed class IntentInputReader(MembershipService membership, MeetingService meetings, BranchClock clock, MeetingFocusStore focus)
{
    /// <summary>A sentence read on its own: nothing said before it is known (the measures read sentences so).</summary>
    public IntentInput Read(string text, Sender? sender) =>
        new(text, clock.Now, clock.Zone, sender, LoadNamesAsync, LoadUpcomingAsync, ct => OpenForCheckInAsync(sender, ct));

    /// <summary>
    /// A sentence typed in the sender's conversation: read as <see cref="Read"/>, and knowing the meeting the sender was
    /// last shown (<see cref="MeetingFocus"/>), which "那个会", "那天" point back at.
    /// </summary>
    public IntentInput ReadInConversation(string text, Sender? sender) =>
        new(text, clock.Now, clock.Zone, sender, LoadNamesAsync, LoadUpcomingAsync, ct => OpenForCheckInAsync(sender, ct), ct => FocusOfAsync(sender, ct));

    private async ValueTask<MeetingFocus?> FocusOfAsync(Sender? sender, CancellationToken cancellationToken) =>
        sender?.Member is { } member ? await focus.GetAsync(member.Id, cancellationToken) : null;

    private async ValueTask<IReadOnlyList<string>> LoadNamesAsync(CancellationToken cancellationToken) =>
        [.. (await membership.ListMembersAsync(cancellationToken)).Select(m => m.Name)];

    private async ValueTask<IReadOnlyList<Meeting>> OpenForCheckInAsync(Sender? sender, CancellationToken cancellationToken) =>
        sender?.Member is { } member ? await meetings.FindCheckInCandidatesAsync(member, cancellationToken) : [];

    private async ValueTask<IReadOnlyList<Meeting>> LoadUpcomingAsync(CancellationToken cancellationToken) =>
        await meetings.ListUpcomingAsync(MeetingTexts.ListedMeetings, cancellationToken);
}
