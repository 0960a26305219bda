using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using static BranchBot.Tests.Meetings.MeetingBranch;

namespace BranchBot.Tests.Meetings;

public class MeetingServiceTests
{
    [Fact]
    public async Task The_secretary_creates_a_meeting_with_the_default_duration_and_audience_and_listeners_are_told()
    {
        await using var branch = await CreateAsync();
        var start = Beijing(2026, 11, 27, 15);

        var created = await branch.Meetings.CreateAsync(
            new MeetingDraft { Kind = MeetingKind.GeneralMeeting, StartsAt = start, Place = " 三楼会议室 ", Topic = "学习全会精神" },
            branch.Secretary, None);

        Assert.True(created.Succeeded, created.Problem?.ToString());
        var meeting = created.Value!;
        Assert.Equal(start.AddHours(2), meeting.EndsAt);
        Assert.Equal(MeetingAudience.Branch, meeting.Audience);
        Assert.Equal("三楼会议室", meeting.Place);
        Assert.Equal(branch.Secretary.Id, meeting.HostMemberId);
        Assert.Equal(meeting, await branch.Meetings.FindByIdAsync(meeting.Id, None));
        Assert.Equal([meeting.Id], branch.Listener.Changes.Select(m => m.Id));
    }

    [Fact]
    public async Task A_committee_meeting_is_for_the_committee_by_default()
    {
        await using var branch = await CreateAsync();
        var meeting = await branch.ArrangeAsync(MeetingKind.CommitteeMeeting, Beijing(2026, 11, 26, 9));
        Assert.Equal(MeetingAudience.Committee, meeting.Audience);
    }

    [Fact]
    public async Task A_start_in_the_past_is_refused_and_nothing_is_saved()
    {
        await using var branch = await CreateAsync();

        var created = await branch.Meetings.CreateAsync(
            new MeetingDraft { Kind = MeetingKind.PartyLecture, StartsAt = Beijing(2026, 11, 25, 9, 59) }, branch.Secretary, None);

        Assert.False(created.Succeeded);
        Assert.Equal(new MeetingProblem.StartPassed(Beijing(2026, 11, 25, 9, 59)), created.Problem);
        Assert.Empty(await branch.Meetings.ListUpcomingAsync(10, None));
        Assert.Empty(branch.Listener.Changes);
    }

    [Fact]
    public async Task An_end_before_the_start_is_refused()
    {
        await using var branch = await CreateAsync();
        var start = Beijing(2026, 11, 27, 15);
        var created = await branch.Meetings.CreateAsync(
            new MeetingDraft { Kind = MeetingKind.PartyLecture, StartsAt = start, EndsAt = start.AddMinutes(-1) }, branch.Secretary, None);
        Assert.Equal(new MeetingProblem.EndNotAfterStart(), created.Problem);
    }

    [Fact]
    public async Task A_group_meeting_without_a_group_is_refused_when_the_creator_has_none()
    {
        await using var branch = await CreateAsync();
        var created = await branch.Meetings.CreateAsync(
            new MeetingDraft { Kind = MeetingKind.GroupMeeting, StartsAt = Beijing(2026, 11, 27, 15) }, branch.Secretary, None);
        Assert.False(created.Succeeded);
        Assert.Equal(new MeetingProblem.GroupNeeded(MeetingKind.GroupMeeting), created.Problem);
    }

    [Fact]
    public async Task A_group_meeting_names_its_group_or_defaults_to_the_creators_own()
    {
        await using var branch = await CreateAsync();
        await branch.AddAsync("张三", "第一党小组");
        var leader = await branch.AddAsync("李四", "第二党小组", MemberRole.GroupLeader);

        var named = await branch.ArrangeAsync(MeetingKind.GroupMeeting, Beijing(2026, 11, 27, 15), group: "第一党小组");
        var own = await branch.Meetings.CreateAsync(
            new MeetingDraft { Kind = MeetingKind.GroupMeeting, StartsAt = Beijing(2026, 11, 28, 15) }, leader, None);
        var unknown = await branch.Meetings.CreateAsync(
            new MeetingDraft { Kind = MeetingKind.GroupMeeting, StartsAt = Beijing(2026, 11, 28, 15), Group = "第九党小组" }, branch.Secretary, None);

        Assert.Equal(MeetingAudience.Group(await branch.GroupIdAsync("第一党小组")), named.Audience);
        Assert.Equal(MeetingAudience.Group(await branch.GroupIdAsync("第二党小组")), own.Value!.Audience);
        Assert.Equal(new MeetingProblem.GroupNotFound("第九党小组"), unknown.Problem);
    }

    [Fact]
    public async Task An_ordinary_member_cannot_arrange_a_meeting()
    {
        await using var branch = await CreateAsync();
        var member = await branch.AddAsync("张三", "第一党小组");
        var created = await branch.Meetings.CreateAsync(
            new MeetingDraft { Kind = MeetingKind.GroupMeeting, StartsAt = Beijing(2026, 11, 27, 15) }, member, None);
        Assert.Equal(new MeetingProblem.NotAllowed(), created.Problem);
    }

    [Fact]
    public async Task A_group_leader_arranges_only_their_own_groups_meeting()
    {
        await using var branch = await CreateAsync();
        await branch.AddAsync("张三", "第一党小组");
        var leader = await branch.AddAsync("李四", "第二党小组", MemberRole.GroupLeader);
        var start = Beijing(2026, 11, 27, 15);

        var otherGroup = await branch.Meetings.CreateAsync(
            new MeetingDraft { Kind = MeetingKind.GroupMeeting, StartsAt = start, Group = "第一党小组" }, leader, None);
        var general = await branch.Meetings.CreateAsync(new MeetingDraft { Kind = MeetingKind.GeneralMeeting, StartsAt = start }, leader, None);

        Assert.Equal(new MeetingProblem.NotAllowed(), otherGroup.Problem);
        Assert.Equal(new MeetingProblem.NotAllowed(), general.Problem);
    }

    [Fact]
    public async Task A_new_time_bumps_the_revision_keeps_the_duration_and_tells_the_listeners()
    {
        await using var branch = await CreateAsync();
        var meeting = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, Beijing(2026, 11, 27, 15), duration: TimeSpan.FromMinutes(90));

        var moved = await branch.Meetings.UpdateAsync(meeting.Id, new MeetingChange { StartsAt = Beijing(2026, 11, 28, 9) }, branch.Secretary, None);
        var placeOnly = await branch.Meetings.UpdateAsync(moved.Value!.Id, new MeetingChange { Place = "党员活动室" }, branch.Secretary, None);

        Assert.Equal(1, moved.Value.Revision);
        Assert.Equal(Beijing(2026, 11, 28, 10, 30), moved.Value.EndsAt);
        Assert.Equal(1, placeOnly.Value!.Revision);
        Assert.Equal("党员活动室", placeOnly.Value.Place);
        Assert.Equal([0, 1, 1], branch.Listener.Changes.Select(m => m.Revision));
        Assert.Equal(placeOnly.Value, await branch.Meetings.FindByIdAsync(meeting.Id, None));
    }

    [Fact]
    public async Task An_update_to_a_past_time_an_empty_change_or_by_a_member_is_refused()
    {
        await using var branch = await CreateAsync();
        var member = await branch.AddAsync("张三");
        var meeting = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, Beijing(2026, 11, 27, 15));

        var past = await branch.Meetings.UpdateAsync(meeting.Id, new MeetingChange { StartsAt = Beijing(2026, 11, 24, 15) }, branch.Secretary, None);
        var empty = await branch.Meetings.UpdateAsync(meeting.Id, new MeetingChange(), branch.Secretary, None);
        var byMember = await branch.Meetings.UpdateAsync(meeting.Id, new MeetingChange { Topic = "改" }, member, None);

        Assert.Equal(new MeetingProblem.NewStartPassed(Beijing(2026, 11, 24, 15)), past.Problem);
        Assert.Equal(new MeetingProblem.NothingToChange(), empty.Problem);
        Assert.Equal(new MeetingProblem.NotAllowed(), byMember.Problem);
        Assert.Equal(meeting, await branch.Meetings.FindByIdAsync(meeting.Id, None));
    }

    [Fact]
    public async Task A_cancelled_meeting_leaves_the_upcoming_list_and_cannot_be_cancelled_again()
    {
        await using var branch = await CreateAsync();
        var meeting = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, Beijing(2026, 11, 27, 15));

        var cancelled = await branch.Meetings.CancelAsync(meeting.Id, branch.Secretary, None);
        var again = await branch.Meetings.CancelAsync(meeting.Id, branch.Secretary, None);

        Assert.True(cancelled.Value!.IsCancelled);
        Assert.Equal(new MeetingProblem.Cancelled(cancelled.Value), again.Problem);
        Assert.Empty(await branch.Meetings.ListUpcomingAsync(10, None));
        Assert.True(branch.Listener.Changes[^1].IsCancelled);
    }

    [Fact]
    public async Task Minutes_are_accepted_only_after_the_meeting_started()
    {
        await using var branch = await CreateAsync();
        var meeting = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, Beijing(2026, 11, 27, 15));

        var early = await branch.Meetings.AddMinutesAsync(meeting.Id, "传达学习了全会精神。", branch.Secretary, None);
        branch.SetNow(Beijing(2026, 11, 27, 18));
        var after = await branch.Meetings.AddMinutesAsync(meeting.Id, "传达学习了全会精神。", branch.Secretary, None);

        Assert.Equal(new MeetingProblem.MinutesBeforeStart(), early.Problem);
        Assert.Equal("传达学习了全会精神。", after.Value!.Minutes);
        Assert.Equal("传达学习了全会精神。", branch.Listener.Changes[^1].Minutes);
    }

    [Fact]
    public async Task Upcoming_meetings_for_a_member_are_those_of_their_audience_not_ended_in_start_order()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三", "第一党小组");
        await branch.AddAsync("李四", "第二党小组");
        var running = await branch.StoreAsync(MeetingKind.PartyLecture, Beijing(2026, 11, 25, 9));
        await branch.StoreAsync(MeetingKind.PartyLecture, Beijing(2026, 11, 25, 7));
        var later = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, Beijing(2026, 12, 2, 15));
        var ownGroup = await branch.ArrangeAsync(MeetingKind.GroupMeeting, Beijing(2026, 11, 30, 15), group: "第一党小组");
        await branch.ArrangeAsync(MeetingKind.GroupMeeting, Beijing(2026, 11, 29, 15), group: "第二党小组");
        await branch.ArrangeAsync(MeetingKind.CommitteeMeeting, Beijing(2026, 11, 28, 15));

        var upcoming = await branch.Meetings.ListUpcomingForAsync(zhang, 10, None);
        var next = await branch.Meetings.FindNextForAsync(zhang, None);

        Assert.Equal([running.Id, ownGroup.Id, later.Id], upcoming.Select(m => m.Id));
        Assert.Equal(running.Id, next!.Id);
        Assert.Equal(2, (await branch.Meetings.ListUpcomingForAsync(zhang, 2, None)).Count);
        Assert.Equal(5, (await branch.Meetings.ListUpcomingAsync(10, None)).Count);
    }
}
