using BranchBot.Core.Talks;

namespace BranchBot.Tests.Talks.Nudges;

public class FollowUpNudgeTests
{
    private const string LiAnswer = "爱人下岗了，孩子上学的钱有点紧张";
    private const string ZhangAnswer = "父亲上周做了手术，还在医院";

    [Fact]
    public async Task Open_follow_ups_are_sent_to_the_secretary_overdue_first_without_what_the_member_said()
    {
        await using var branch = TalkNudgeScenario.Start();
        await branch.FollowUpAsync("zhang", new DateOnly(2026, 12, 1), HardshipKind.Illness, ZhangAnswer);
        await branch.FollowUpAsync("li", new DateOnly(2026, 11, 20), HardshipKind.Financial, LiAnswer);

        Assert.Equal(1, await branch.Nudges.SendFollowUpNudgesAsync(CancellationToken.None));

        var nudge = Assert.Single(branch.Take(branch.Secretary));
        Assert.StartsWith("【必访提醒】还有2项必访任务没有办结，其中1项已逾期：\n已逾期：\n· 李四（经济困难），应于2026年11月20日（星期五）前走访", nudge, StringComparison.Ordinal);
        Assert.Contains("待走访：\n· 张三（身体健康（生病、住院等）），应于2026年12月1日（星期二）前走访", nudge, StringComparison.Ordinal);
        Assert.True(nudge.IndexOf("李四", StringComparison.Ordinal) < nudge.IndexOf("张三", StringComparison.Ordinal));
        Assert.DoesNotContain(LiAnswer, nudge, StringComparison.Ordinal);
        Assert.DoesNotContain(ZhangAnswer, nudge, StringComparison.Ordinal);
        Assert.Contains("发送「完成必访 序号 情况」办结", nudge, StringComparison.Ordinal);
        Assert.Empty(branch.Take(branch.Zhang));
        Assert.Empty(branch.Take(branch.Li));
    }

    [Fact]
    public async Task Follow_ups_are_nudged_once_a_week_until_they_are_done()
    {
        await using var branch = TalkNudgeScenario.Start();
        var zhang = await branch.FollowUpAsync("zhang", new DateOnly(2026, 12, 1), HardshipKind.Illness, ZhangAnswer);
        var li = await branch.FollowUpAsync("li", new DateOnly(2026, 11, 20), HardshipKind.Financial, LiAnswer);
        Assert.Equal(1, await branch.Nudges.SendFollowUpNudgesAsync(CancellationToken.None));
        branch.Drain();

        branch.SetLocalTime(new DateTime(2026, 11, 28, 9, 30, 0));
        Assert.Equal(0, await branch.Nudges.SendFollowUpNudgesAsync(CancellationToken.None));

        await branch.CompleteAsync(li);
        branch.SetLocalTime(new DateTime(2026, 11, 30, 9, 30, 0));
        Assert.Equal(1, await branch.Nudges.SendFollowUpNudgesAsync(CancellationToken.None));
        var second = Assert.Single(branch.Take(branch.Secretary));
        Assert.StartsWith("【必访提醒】还有1项必访任务没有办结：\n待走访：\n· 张三", second, StringComparison.Ordinal);
        Assert.DoesNotContain("李四", second, StringComparison.Ordinal);

        // A week later 张三's task is overdue too; once it is done the nudges stop.
        branch.SetLocalTime(new DateTime(2026, 12, 7, 9, 30, 0));
        await branch.Nudges.SendFollowUpNudgesAsync(CancellationToken.None);
        Assert.StartsWith("【必访提醒】还有1项必访任务没有办结，其中1项已逾期：\n已逾期：\n· 张三", Assert.Single(branch.Take(branch.Secretary)), StringComparison.Ordinal);

        await branch.CompleteAsync(zhang);
        branch.SetLocalTime(new DateTime(2026, 12, 14, 9, 30, 0));
        Assert.Equal(0, await branch.Nudges.SendFollowUpNudgesAsync(CancellationToken.None));
        Assert.Empty(branch.Take(branch.Secretary));
    }

    [Fact]
    public async Task Without_open_follow_ups_nothing_is_sent()
    {
        await using var branch = TalkNudgeScenario.Start();

        Assert.Equal(0, await branch.Nudges.SendFollowUpNudgesAsync(CancellationToken.None));
        Assert.Empty(branch.Take(branch.Secretary));
    }
}
