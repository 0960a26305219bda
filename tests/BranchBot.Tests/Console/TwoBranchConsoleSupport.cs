using BranchBot.Core.Broadcasts;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.Talks;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>
/// Two branches with something of everything: 王书记's 机关第一党支部 (the first; 王书记 is also 党建专员) with 张三, and
/// 第二党支部 made by 王书记 and run by 李书记 with 赵六; each with a meeting, a 谈心 record and a broadcast of its own.
/// </summary>
internal sealed record TwoBranches(Member Wang, Member Zhang, Meeting MeetingA, Member Li, Member Zhao, string BranchB, Meeting MeetingB)
{
    public const string TalkA = "王书记与张三谈家里老人住院的困难";
    public const string TalkB = "李书记与赵六谈孩子升学的压力";
    public const string BroadcastA = "第一支部：周五下午学习二十届四中全会精神";
    public const string BroadcastB = "第二支部：周六上午志愿服务集合";

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static async Task<TwoBranches> SetUpAsync(BranchBotApplication app)
    {
        var wang = await app.ClaimedBranchAsync();
        var zhang = await app.AddMemberAsync(wang, "张三");
        var created = await app.Services.GetRequiredService<BranchCreationService>().CreateAsync("第二党支部", null, wang.Id, CancellationToken.None);
        Assert.True(created.Succeeded, created.Problem?.ToString());
        var joined = await app.Services.GetRequiredService<OrganisationJoin>().JoinAsync(
            created.Value!.SecretaryCode, new ChatAccount("test", "li"), "李书记", CancellationToken.None);
        Assert.True(joined.Succeeded, joined.Problem?.ToString());
        var branchB = created.Value.Branch.Id;
        var b = app.BranchServices(branchB);
        var zhao = await b.GetRequiredService<MembershipService>().AddMemberAsync("赵六", null, CancellationToken.None);
        Assert.True(zhao.Succeeded, zhao.Problem?.ToString());
        var li = joined.Value!.Member;

        var meetingA = await SaveMeetingAsync(app.Services, "参观红色教育基地", wang.Id);
        var meetingB = await SaveMeetingAsync(b, "社区志愿服务", li.Id);
        await RecordTalkAsync(app.Services, wang, "张三", TalkA);
        await RecordTalkAsync(b, li, "赵六", TalkB);
        await SendAsync(app.Services, wang, BroadcastA);
        await SendAsync(b, li, BroadcastB);
        return new TwoBranches(wang, zhang, meetingA, li, zhao.Value!.Member, branchB, meetingB);
    }

    private static async Task<Meeting> SaveMeetingAsync(IServiceProvider branch, string topic, string hostId)
    {
        var startsAt = new DateTimeOffset(2026, 11, 28, 9, 0, 0, Beijing);
        var meeting = new Meeting
        {
            Id = Meeting.NewId(),
            Kind = MeetingKind.ThemedPartyDay,
            StartsAt = startsAt,
            EndsAt = startsAt.AddHours(2),
            Audience = MeetingAudience.Branch,
            Topic = topic,
            Place = "三楼会议室",
            HostMemberId = hostId,
            CreatedAt = BotHarness.Start,
        };
        await branch.GetRequiredService<IMeetingStore>().SaveAsync(meeting, CancellationToken.None);
        return meeting;
    }

    private static async Task RecordTalkAsync(IServiceProvider branch, Member author, string other, string text)
    {
        var recorded = await branch.GetRequiredService<TalkRecordService>().RecordTalkAsync(author, other, new TalkEntry(text, new DateOnly(2026, 11, 10)), CancellationToken.None);
        Assert.True(recorded.Succeeded, recorded.Problem?.ToString());
    }

    private static async Task SendAsync(IServiceProvider branch, Member author, string text)
    {
        var sent = await branch.GetRequiredService<BroadcastService>().SendAsync(new BroadcastDraft(text, BroadcastAudience.Branch, true, null), author, CancellationToken.None);
        Assert.True(sent.Succeeded, sent.Problem?.ToString());
    }
}

internal static class BranchServicesSupport
{
    /// <summary>The services of a branch of the app's organisation (the root's for the first branch).</summary>
    public static IServiceProvider BranchServices(this BranchBotApplication app, string branchId) =>
        app.Services.GetRequiredService<IBranchScopes>().For(branchId);
}
