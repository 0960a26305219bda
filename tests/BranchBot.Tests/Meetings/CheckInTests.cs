using BranchBot.Core.Meetings;
using static BranchBot.Tests.Meetings.MeetingBranch;

namespace BranchBot.Tests.Meetings;

public class CheckInTests
{
    private static readonly DateTimeOffset MeetingStart = Beijing(2026, 11, 26, 15);

    [Fact]
    public async Task Just_before_the_window_opens_check_in_is_refused_naming_the_meeting_and_the_opening_time()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var meeting = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, MeetingStart);
        branch.SetNow(MeetingStart.AddMinutes(-30).AddSeconds(-1));

        var outcome = await branch.Attendance.CheckInAsync(zhang, null, null, None);

        Assert.Equal(new AttendanceProblem.CheckInNotOpenYet(meeting, MeetingStart.AddMinutes(-30)), outcome.Problem);
    }

    [Fact]
    public async Task Check_in_succeeds_from_the_moment_the_window_opens()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var meeting = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, MeetingStart);
        branch.SetNow(MeetingStart.AddMinutes(-30));

        var outcome = await branch.Attendance.CheckInAsync(zhang, null, null, None);

        Assert.True(outcome.Succeeded, outcome.Problem?.ToString());
        Assert.Equal(meeting.Id, outcome.Value!.Meeting.Id);
        Assert.False(outcome.Value.AlreadyCheckedIn);
        Assert.Equal(AttendanceStatus.CheckedIn, outcome.Value.Record.Status);
    }

    [Fact]
    public async Task Check_in_is_accepted_until_just_before_the_window_closes_thirty_minutes_after_the_start()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        await branch.ArrangeAsync(MeetingKind.GeneralMeeting, MeetingStart);
        branch.SetNow(MeetingStart.AddMinutes(30).AddSeconds(-1));

        Assert.True((await branch.Attendance.CheckInAsync(zhang, null, null, None)).Succeeded);
    }

    [Fact]
    public async Task At_the_closing_moment_and_after_check_in_is_refused()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var meeting = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, MeetingStart);

        branch.SetNow(MeetingStart.AddMinutes(30));
        var atClose = await branch.Attendance.CheckInAsync(zhang, null, null, None);
        branch.SetNow(MeetingStart.AddMinutes(45));
        var after = await branch.Attendance.CheckInAsync(zhang, null, null, None);

        Assert.Equal(new AttendanceProblem.CheckInClosed(meeting, MeetingStart.AddMinutes(30)), atClose.Problem);
        Assert.Equal(atClose.Problem, after.Problem);
    }

    [Fact]
    public async Task A_member_early_for_the_next_meeting_while_the_running_ones_window_is_closed_is_told_when_the_next_opens()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var running = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, MeetingStart);
        var next = await branch.ArrangeAsync(MeetingKind.PartyLecture, MeetingStart.AddHours(2));

        branch.SetNow(MeetingStart.AddMinutes(80));
        var outcome = await branch.Attendance.CheckInAsync(zhang, null, null, None);

        Assert.Equal(new AttendanceProblem.CheckInClosed(running, MeetingStart.AddMinutes(30), next, MeetingStart.AddMinutes(90)), outcome.Problem);
    }

    [Fact]
    public async Task A_member_who_joined_after_the_meeting_began_is_not_counted_absent_unless_they_signed_in()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var meeting = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, MeetingStart);
        branch.SetNow(MeetingStart.AddMinutes(5));
        var li = await branch.AddAsync("李四");
        var wang = await branch.AddAsync("王五");
        Assert.True((await branch.Attendance.CheckInAsync(wang, null, null, None)).Succeeded);

        branch.SetNow(MeetingStart.AddHours(3));
        var summary = (await branch.Attendance.SummarizeAsync(meeting.Id, None)).Value!;

        Assert.Contains(summary.Absent, m => m.Id == zhang.Id);
        Assert.DoesNotContain(summary.Absent, m => m.Id == li.Id);
        Assert.Contains(summary.Attended, m => m.Id == wang.Id);
        Assert.Equal(summary.Attended.Count + summary.Absent.Count, summary.AudienceCount);
    }

    [Fact]
    public async Task Without_any_meeting_ahead_the_member_is_told_so()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var outcome = await branch.Attendance.CheckInAsync(zhang, null, null, None);
        Assert.Equal(new AttendanceProblem.NothingToCheckIn(), outcome.Problem);
    }

    [Fact]
    public async Task A_meeting_with_a_code_needs_the_right_code()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var meeting = await branch.ArrangeAsync(MeetingKind.PartyLecture, MeetingStart, code: "8642");
        branch.SetNow(MeetingStart);

        var missing = await branch.Attendance.CheckInAsync(zhang, null, null, None);
        var wrong = await branch.Attendance.CheckInAsync(zhang, "1234", null, None);
        var right = await branch.Attendance.CheckInAsync(zhang, " 8642 ", null, None);

        Assert.Equal(new AttendanceProblem.CodeNeeded(meeting), missing.Problem);
        Assert.Equal(new AttendanceProblem.WrongCode(), wrong.Problem);
        Assert.True(right.Succeeded, right.Problem?.ToString());
    }

    [Fact]
    public async Task Checking_in_twice_is_a_distinct_result_and_keeps_the_first_time()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        await branch.ArrangeAsync(MeetingKind.GeneralMeeting, MeetingStart);
        branch.SetNow(MeetingStart.AddMinutes(-10));
        var first = await branch.Attendance.CheckInAsync(zhang, null, null, None);
        branch.SetNow(MeetingStart.AddMinutes(5));

        var second = await branch.Attendance.CheckInAsync(zhang, null, null, None);

        Assert.True(second.Value!.AlreadyCheckedIn);
        Assert.Equal(first.Value!.Record.At, second.Value.Record.At);
    }

    [Fact]
    public async Task A_member_outside_the_audience_cannot_check_in()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三", "第一党小组");
        await branch.AddAsync("李四", "第二党小组");
        var meeting = await branch.ArrangeAsync(MeetingKind.GroupMeeting, MeetingStart, group: "第二党小组");
        branch.SetNow(MeetingStart);

        var unnamed = await branch.Attendance.CheckInAsync(zhang, null, null, None);
        var named = await branch.Attendance.CheckInAsync(zhang, null, meeting.Id, None);

        Assert.Equal(new AttendanceProblem.OpenForOthers(meeting), unnamed.Problem);
        Assert.Equal(new AttendanceProblem.NotInAudience(meeting), named.Problem);
    }

    [Fact]
    public async Task A_member_on_approved_leave_who_comes_anyway_is_checked_in()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var meeting = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, MeetingStart);
        await branch.Attendance.RequestLeaveAsync(zhang, "出差", null, None);
        await branch.Attendance.DecideLeaveAsync(meeting.Id, zhang.Id, approve: true, branch.Secretary, None);
        branch.SetNow(MeetingStart);

        var outcome = await branch.Attendance.CheckInAsync(zhang, null, null, None);

        Assert.Equal(AttendanceStatus.CheckedIn, outcome.Value!.Record.Status);
        Assert.Equal("出差", outcome.Value.Record.LeaveReason);
    }

    [Fact]
    public async Task When_two_meetings_are_open_the_code_picks_the_meeting()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        await branch.ArrangeAsync(MeetingKind.GeneralMeeting, MeetingStart, code: "1111");
        var lecture = await branch.ArrangeAsync(MeetingKind.PartyLecture, MeetingStart.AddMinutes(20), code: "2222");
        branch.SetNow(MeetingStart.AddMinutes(5));

        var outcome = await branch.Attendance.CheckInAsync(zhang, "2222", null, None);

        Assert.Equal(lecture.Id, outcome.Value!.Meeting.Id);
    }
}
