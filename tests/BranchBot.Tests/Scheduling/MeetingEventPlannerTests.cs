using BranchBot.Core.Meetings;
using BranchBot.Scheduling;
using Microsoft.Extensions.Options;

namespace BranchBot.Tests.Scheduling;

public class MeetingEventPlannerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 15, 0, 0, TimeSpan.FromHours(8));

    private static Meeting MeetingAt(DateTimeOffset start, TimeSpan? length = null, int revision = 0) => new()
    {
        Id = "mt_1",
        Kind = MeetingKind.GeneralMeeting,
        StartsAt = start,
        EndsAt = start + (length ?? TimeSpan.FromHours(2)),
        Audience = MeetingAudience.Branch,
        Revision = revision,
    };

    private static MeetingEventPlanner Planner(MeetingOptions? options = null) => new(Options.Create(options ?? new MeetingOptions()));

    [Fact]
    public void A_meeting_has_the_default_reminders_the_check_in_opening_and_the_after_meeting_event()
    {
        var events = Planner().EventsOf(MeetingAt(Start));

        Assert.Equal(
            [
                ("reminder-1.00:00:00", Start.AddDays(-1)),
                ("reminder-01:00:00", Start.AddHours(-1)),
                ("checkin-open", Start.AddMinutes(-30)),
                ("after", Start.AddHours(2)),
            ],
            events.Select(e => (e.Name, e.DueAt)));
    }

    [Fact]
    public void Configured_offsets_replace_the_defaults_and_check_in_times_follow_the_options()
    {
        var options = new MeetingOptions
        {
            ReminderOffsets = [TimeSpan.FromDays(3), TimeSpan.FromMinutes(15)],
            CheckInOpensBefore = TimeSpan.FromMinutes(10),
        };

        var events = Planner(options).EventsOf(MeetingAt(Start));

        Assert.Equal(
            ["reminder-3.00:00:00", "reminder-00:15:00", "checkin-open", "after"],
            events.Select(e => e.Name));
        Assert.Equal(Start.AddMinutes(-10), events.Single(e => e.Kind == MeetingEventKind.CheckInOpens).DueAt);
    }

    [Fact]
    public void The_after_meeting_event_waits_for_check_in_to_close_when_the_meeting_is_shorter()
    {
        var planner = Planner(new MeetingOptions { CheckInClosesAfter = TimeSpan.FromMinutes(45) });

        Assert.Equal(Start.AddMinutes(45), planner.AfterMeetingAt(MeetingAt(Start, TimeSpan.FromMinutes(20))));
        Assert.Equal(Start.AddHours(3), planner.AfterMeetingAt(MeetingAt(Start, TimeSpan.FromHours(3))));
    }

    [Fact]
    public void Marker_keys_carry_the_meeting_its_revision_and_the_event()
    {
        var events = Planner().EventsOf(MeetingAt(Start, revision: 2));

        Assert.Equal("meeting:mt_1:r2:reminder-1.00:00:00", events[0].MarkerKey);
        Assert.Equal("meeting:mt_1:r2:after", events[^1].MarkerKey);
    }

    [Fact]
    public void A_cancelled_meeting_has_no_events()
    {
        Assert.Empty(Planner().EventsOf(MeetingAt(Start) with { CancelledAt = Start.AddDays(-2) }));
    }

    [Fact]
    public void Of_reminders_already_due_before_the_start_only_the_latest_is_kept()
    {
        var (due, dropped) = Planner().Schedule(MeetingAt(Start), Start.AddMinutes(-40));

        Assert.Equal(["reminder-01:00:00", "checkin-open", "after"], due.Select(e => e.Name));
        Assert.Equal(["reminder-1.00:00:00"], dropped.Select(e => e.Name));
    }

    [Fact]
    public void Events_already_due_when_the_meeting_was_arranged_are_left_to_its_notice()
    {
        var arranged = MeetingAt(Start) with { CreatedAt = Start.AddMinutes(-20) };

        var (due, dropped) = Planner().Schedule(arranged, Start.AddMinutes(-20));

        Assert.Equal(["after"], due.Select(e => e.Name));
        Assert.Equal(["reminder-1.00:00:00", "reminder-01:00:00", "checkin-open"], dropped.Select(e => e.Name));
    }

    [Fact]
    public void Events_already_due_when_a_change_is_announced_are_left_to_the_change_notice()
    {
        var (due, _) = Planner().Schedule(MeetingAt(Start), Start.AddMinutes(-40), announcedNow: true);

        Assert.Equal(["checkin-open", "after"], due.Select(e => e.Name));
    }

    [Fact]
    public void Once_the_meeting_has_started_only_the_after_meeting_event_is_kept()
    {
        var (due, dropped) = Planner().Schedule(MeetingAt(Start), Start.AddMinutes(5));

        Assert.Equal(["after"], due.Select(e => e.Name));
        Assert.Equal(3, dropped.Count);
    }

    [Fact]
    public void Event_names_read_back()
    {
        foreach (var meetingEvent in Planner().EventsOf(MeetingAt(Start)))
        {
            Assert.True(MeetingEvent.TryParseName(meetingEvent.Name, out var kind, out var offset));
            Assert.Equal(meetingEvent.Kind, kind);
            Assert.Equal(meetingEvent.ReminderOffset, offset);
        }

        Assert.False(MeetingEvent.TryParseName("reminder-soon", out _, out _));
    }
}
