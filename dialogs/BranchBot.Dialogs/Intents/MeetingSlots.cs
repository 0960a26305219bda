using System.Globalization;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents;

/// <summary>The meeting a sentence names ("下周三的党员大会") as slots, and its number in the list 修改会议 shows.</summary>
public static class MeetingSlots
{
    public static void Fill(IDictionary<string, string> slots, NamedMeeting? named)
    {
        ArgumentNullException.ThrowIfNull(slots);
        if (named?.Kind is { } kind)
        {
            slots[IntentSlots.Meeting] = MeetingKinds.ToChinese(kind);
        }

        if (named?.Day is { } day)
        {
            slots[IntentSlots.Date] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The 序号 of the only upcoming meeting the sentence names; null when none or several fit.</summary>
    public static async ValueTask<int?> NumberOfAsync(NamedMeeting? named, IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (named is null)
        {
            return null;
        }

        var upcoming = await input.UpcomingAsync(cancellationToken);
        var fitting = upcoming.Select((meeting, index) => (meeting, index)).Where(m => named.Matches(m.meeting, input.Zone)).ToList();
        return fitting.Count == 1 ? fitting[0].index + 1 : null;
    }
}
