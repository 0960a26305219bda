using BranchBot.Core.Delivery;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Time;

namespace BranchBot.Scheduling;

/// <summary>
/// The 会议记录 reaches those who did not attend (absent, leave pending, on leave), for their 补学: inside the 补学
/// notice when the minutes were saved before it, otherwise once they are saved after the meeting (chat or console).
/// Every copy goes under one batch per meeting, so each person gets the minutes once, however often they are edited.
/// </summary>
public sealed class MinutesForAbsentees(AttendanceService attendance, IDeliveryOutbox outbox, BranchClock clock)
{
    public static string BatchOf(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return $"minutes:{meeting.Id}";
    }

    /// <summary>After a change of <paramref name="meeting"/>: sends its minutes when they are new and the 补学 notices have gone out.</summary>
    public async Task OnMeetingChangedAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        // A 补录 notifies nobody; before the meeting is over the 补学 notice will carry the minutes itself.
        if (meeting.Minutes is null || meeting.RecordedAfterwards || meeting.IsCancelled || meeting.EndsAt > clock.UtcNow)
        {
            return;
        }

        var outcome = await attendance.SummarizeAsync(meeting.Id, cancellationToken);
        if (outcome.Succeeded && !outcome.Value!.CheckInStillOpen)
        {
            var summary = outcome.Value;
            await SendAsync(meeting, [.. summary.Absent, .. summary.LeavePending, .. summary.OnLeave], cancellationToken);
        }
    }

    /// <summary>Queues the minutes for <paramref name="members"/>; returns how many were new.</summary>
    public Task<int> SendAsync(Meeting meeting, IReadOnlyList<Member> members, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(
            new DeliveryRequest(BatchOf(meeting), [.. members.Select(m => m.Id)], new DeliveryMessage(SchedulerTexts.MinutesForMakeUp(meeting, clock.ToLocal(meeting.StartsAt)))),
            cancellationToken);
}
