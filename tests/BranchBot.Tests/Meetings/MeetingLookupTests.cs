using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using static BranchBot.Tests.Meetings.MeetingBranch;

namespace BranchBot.Tests.Meetings;

public class MeetingLookupTests
{
    [Fact]
    public async Task Recent_meetings_are_those_already_started_latest_first_without_cancelled_ones()
    {
        await using var branch = await CreateAsync();
        var older = await branch.StoreAsync(MeetingKind.PartyLecture, Beijing(2026, 11, 1, 15));
        var latest = await branch.StoreAsync(MeetingKind.GeneralMeeting, Beijing(2026, 11, 20, 15));
        await branch.StoreAsync(MeetingKind.GeneralMeeting, Beijing(2026, 11, 21, 15), cancelled: true);
        await branch.ArrangeAsync(MeetingKind.GeneralMeeting, Beijing(2026, 11, 27, 15));

        var recent = await branch.Meetings.ListRecentAsync(5, None);

        Assert.Equal([latest.Id, older.Id], recent.Select(m => m.Id));
    }

    [Fact]
    public async Task Check_in_candidates_are_the_members_meetings_with_an_open_window()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var general = await branch.ArrangeAsync(MeetingKind.GeneralMeeting, Beijing(2026, 11, 25, 10, 20));
        await branch.ArrangeAsync(MeetingKind.CommitteeMeeting, Beijing(2026, 11, 25, 10, 20));
        await branch.ArrangeAsync(MeetingKind.PartyLecture, Beijing(2026, 11, 25, 11));

        var candidates = await branch.Meetings.FindCheckInCandidatesAsync(zhang, None);

        Assert.Equal([general.Id], candidates.Select(m => m.Id));
        Assert.Equal(2, (await branch.Meetings.FindCheckInCandidatesAsync(branch.Secretary, None)).Count);
    }

    [Fact]
    public async Task Only_committee_members_and_group_leaders_may_arrange_meetings()
    {
        await using var branch = await CreateAsync();
        var member = await branch.AddAsync("张三", "第一党小组");
        var leader = await branch.AddAsync("李四", "第一党小组", MemberRole.GroupLeader);

        Assert.True(MeetingService.MayArrangeMeetings(branch.Secretary));
        Assert.True(MeetingService.MayArrangeMeetings(leader));
        Assert.False(MeetingService.MayArrangeMeetings(member));
    }
}
