using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using static BranchBot.Tests.Meetings.MeetingBranch;

namespace BranchBot.Tests.Meetings;

public class LeaveAndSummaryTests
{
    private static readonly DateTimeOffset MeetingStart = Beijing(2026, 11, 26, 15);

    [Fact]
    public async Task Leave_defaults_to_the_members_next_meeting_and_waits_for_a_decision()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        await branch.ArrangeAsync(MeetingKind.PartyLecture, MeetingStart.AddDays(3));
        var next = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, MeetingStart);

        var request = await branch.Attendance.RequestLeaveAsync(zhang, " 出差在外 ", null, None);
        var pending = await branch.Attendance.ListPendingLeaveAsync(None);

        Assert.Equal(next.Id, request.Value!.Meeting.Id);
        Assert.Equal(AttendanceStatus.LeaveRequested, request.Value.Record.Status);
        Assert.Equal("出差在外", request.Value.Record.LeaveReason);
        Assert.Equal([("张三", next.Id)], pending.Select(p => (p.Member.Name, p.Meeting.Id)));
    }

    [Fact]
    public async Task An_empty_reason_a_repeated_request_and_no_meeting_are_refused()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");

        var noMeeting = await branch.Attendance.RequestLeaveAsync(zhang, "出差", null, None);
        var meeting = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, MeetingStart);
        var empty = await branch.Attendance.RequestLeaveAsync(zhang, "  ", null, None);
        await branch.Attendance.RequestLeaveAsync(zhang, "出差", null, None);
        var repeated = await branch.Attendance.RequestLeaveAsync(zhang, "出差", null, None);

        Assert.Equal(new AttendanceProblem.NoMeetingAhead(), noMeeting.Problem);
        Assert.Equal(new AttendanceProblem.ReasonMissing(), empty.Problem);
        Assert.Equal(new AttendanceProblem.LeaveAlreadyRequested(meeting), repeated.Problem);
    }

    [Fact]
    public async Task Leave_from_a_meeting_that_has_ended_is_refused()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var meeting = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, MeetingStart);
        branch.SetNow(meeting.EndsAt);

        var outcome = await branch.Attendance.RequestLeaveAsync(zhang, "忘了", meeting.Id, None);

        Assert.Equal(new AttendanceProblem.LeaveAfterEnd(meeting), outcome.Problem);
    }

    [Fact]
    public async Task The_secretary_approves_or_denies_and_a_decided_request_cannot_be_decided_again()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var li = await branch.AddAsync("李四");
        var meeting = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, MeetingStart);
        await branch.Attendance.RequestLeaveAsync(zhang, "出差", null, None);
        await branch.Attendance.RequestLeaveAsync(li, "家中有事", null, None);

        var approved = await branch.Attendance.DecideLeaveAsync(meeting.Id, zhang.Id, approve: true, branch.Secretary, None);
        var denied = await branch.Attendance.DecideLeaveAsync(meeting.Id, li.Id, approve: false, branch.Secretary, None);
        var again = await branch.Attendance.DecideLeaveAsync(meeting.Id, zhang.Id, approve: false, branch.Secretary, None);

        Assert.True(approved.Value!.Approved);
        Assert.Equal(branch.Secretary.Id, approved.Value.Record.DecidedBy);
        Assert.Equal("张三", approved.Value.Requester.Name);
        Assert.False(denied.Value!.Approved);
        Assert.Equal(new AttendanceProblem.NoPendingLeave("张三", meeting), again.Problem);
        Assert.Empty(await branch.Attendance.ListPendingLeaveAsync(None));
    }

    [Fact]
    public async Task An_ordinary_member_cannot_decide_leave()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var li = await branch.AddAsync("李四");
        var meeting = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, MeetingStart);
        await branch.Attendance.RequestLeaveAsync(zhang, "出差", null, None);

        var outcome = await branch.Attendance.DecideLeaveAsync(meeting.Id, zhang.Id, approve: true, li, None);

        Assert.Equal(new AttendanceProblem.DecideNotAllowed(), outcome.Problem);
        Assert.Single(await branch.Attendance.ListPendingLeaveAsync(None));
    }

    [Fact]
    public async Task The_summary_sorts_the_audience_and_computes_the_rate_without_approved_leave()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var li = await branch.AddAsync("李四");
        var wang = await branch.AddAsync("王五");
        var zhao = await branch.AddAsync("赵六");
        await branch.AddAsync("孙七");
        var meeting = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, MeetingStart);
        await branch.Attendance.RequestLeaveAsync(li, "出差", null, None);
        await branch.Attendance.DecideLeaveAsync(meeting.Id, li.Id, approve: true, branch.Secretary, None);
        await branch.Attendance.RequestLeaveAsync(wang, "生病", null, None);
        await branch.Attendance.RequestLeaveAsync(zhao, "私事", null, None);
        await branch.Attendance.DecideLeaveAsync(meeting.Id, zhao.Id, approve: false, branch.Secretary, None);
        branch.SetNow(MeetingStart);
        await branch.Attendance.CheckInAsync(zhang, null, null, None);
        await branch.Attendance.CheckInAsync(branch.Secretary, null, null, None);

        var summary = (await branch.Attendance.SummarizeAsync(meeting.Id, None)).Value!;

        Assert.Equal(["张三", "王书记"], summary.Attended.Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["李四"], summary.OnLeave.Select(m => m.Name));
        Assert.Equal(["王五"], summary.LeavePending.Select(m => m.Name));
        Assert.Equal(["孙七", "赵六"], summary.Absent.Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.Equal(6, summary.AudienceCount);
        Assert.Equal(2.0 / 5, summary.AttendanceRate);
        Assert.Equal("40.0%", summary.AttendanceRateText);
    }

    [Fact]
    public async Task The_summary_of_a_committee_meeting_counts_only_the_committee()
    {
        await using var branch = await CreateAsync();
        await branch.AddAsync("张三");
        await branch.AddAsync("李四", role: MemberRole.Committee);
        var meeting = await branch.ArrangeAsync(MeetingKind.CommitteeMeeting, MeetingStart);

        var summary = (await branch.Attendance.SummarizeAsync(meeting.Id, None)).Value!;

        Assert.Equal(["李四", "王书记"], summary.Absent.Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.Equal(0, summary.AttendanceRate);
    }

    [Fact]
    public async Task A_summary_asked_again_and_again_follows_every_check_in_leave_and_roster_change()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var li = await branch.AddAsync("李四");
        var meeting = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, MeetingStart);
        var committee = await branch.ArrangeAsync(MeetingKind.CommitteeMeeting, MeetingStart.AddDays(1));
        branch.SetNow(MeetingStart);

        async Task<string> SummaryAsync(Meeting of)
        {
            var summary = (await branch.Attendance.SummarizeAsync(of.Id, None)).Value!;
            return $"到{string.Join(",", summary.Attended.Select(m => m.Name))} 假{string.Join(",", summary.LeavePending.Select(m => m.Name))} 缺{string.Join(",", summary.Absent.Select(m => m.Name))}";
        }

        var before = await SummaryAsync(meeting);
        Assert.Equal(before, await SummaryAsync(meeting));
        await branch.Attendance.CheckInAsync(zhang, null, null, None);
        var afterCheckIn = await SummaryAsync(meeting);
        await branch.Attendance.RequestLeaveAsync(li, "出差", meeting.Id, None);
        var afterLeave = await SummaryAsync(meeting);
        await branch.AddAsync("孙七");
        var afterAdd = await SummaryAsync(meeting);
        await branch.Bot.Membership.RemoveMemberAsync("张三", branch.Secretary, None);
        var afterRemove = await SummaryAsync(meeting);
        var committeeBefore = await SummaryAsync(committee);
        await branch.Bot.Membership.ChangeRoleAsync("李四", MemberRole.Committee, branch.Secretary, None);
        var committeeAfter = await SummaryAsync(committee);

        Assert.Equal("到 假 缺张三,李四,王书记", before);
        Assert.Equal("到张三 假 缺李四,王书记", afterCheckIn);
        Assert.Equal("到张三 假李四 缺王书记", afterLeave);
        Assert.Equal("到张三 假李四 缺孙七,王书记", afterAdd);
        Assert.Equal("到 假李四 缺孙七,王书记", afterRemove);
        Assert.Equal("到 假 缺王书记", committeeBefore);
        Assert.Equal("到 假 缺李四,王书记", committeeAfter);
    }

    [Fact]
    public async Task The_summary_of_an_unknown_meeting_is_a_problem()
    {
        await using var branch = await CreateAsync();
        var outcome = await branch.Attendance.SummarizeAsync("mt_nothing", None);
        Assert.Equal(new AttendanceProblem.MeetingNotFound(), outcome.Problem);
    }
}
