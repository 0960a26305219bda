using BranchBot.Core.Talks;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Talks.Nudges;

public class CoverageNudgeTests
{
    [Fact]
    public async Task No_talk_nudge_is_sent_before_the_fourth_quarter_and_one_is_once_it_begins()
    {
        // Monday 27 September 2027 (the fake clock only moves forward): nobody has talked yet, but it is the third quarter.
        await using var branch = TalkNudgeScenario.Start(new DateTime(2027, 9, 27, 9, 30, 0));

        Assert.Equal(0, await branch.Nudges.SendCoverageNudgesAsync(CancellationToken.None));
        Assert.Empty(branch.Take(branch.Secretary));
        Assert.Empty(branch.Take(branch.Zhang));

        // Monday 4 October: the fourth quarter has begun.
        branch.SetLocalTime(new DateTime(2027, 10, 4, 9, 30, 0));
        Assert.Equal(3, await branch.Nudges.SendCoverageNudgesAsync(CancellationToken.None));
        Assert.Contains(branch.Take(branch.Secretary), n => n.StartsWith("【谈心谈话提醒】2027年还有2对同志没有谈心谈话记录", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_the_fourth_quarter_the_secretary_gets_the_count_and_each_member_whom_they_still_need_to_talk_with()
    {
        await using var branch = TalkNudgeScenario.Start();

        await branch.Nudges.SendCoverageNudgesAsync(CancellationToken.None);

        // One message to the secretary: the branch's count and, in it, whom they must still talk with themselves.
        var counts = Assert.Single(branch.Take(branch.Secretary));
        Assert.Contains("对同志没有谈心谈话记录", counts, StringComparison.Ordinal);
        Assert.Contains("（要求2对，已完成0对）", counts, StringComparison.Ordinal);
        Assert.Contains("· 支委与党员：还差2对", counts, StringComparison.Ordinal);
        Assert.DoesNotContain("支委之间", counts, StringComparison.Ordinal);
        Assert.Contains("共有3位同志还有谈话未完成。\n你本人还需要与以下同志谈心谈话：\n· 张三\n· 李四\n谈完后发送「记录谈心", counts, StringComparison.Ordinal);
        Assert.EndsWith("发送「谈心情况」查看明细，发送「谈心安排」为剩余的谈话安排时间。", counts, StringComparison.Ordinal);

        var zhang = Assert.Single(branch.Take(branch.Zhang));
        Assert.StartsWith("【谈心谈话提醒】张三同志，2026年你还需要与以下同志谈心谈话：\n· 王书记\n", zhang, StringComparison.Ordinal);
        Assert.DoesNotContain("李四", zhang, StringComparison.Ordinal);
        Assert.Contains("记录谈心", zhang, StringComparison.Ordinal);
        Assert.Single(branch.Take(branch.Li));
    }

    [Fact]
    public async Task Each_recipient_is_nudged_once_per_week()
    {
        await using var branch = TalkNudgeScenario.Start();
        Assert.Equal(3, await branch.Nudges.SendCoverageNudgesAsync(CancellationToken.None));
        branch.Drain();

        // Later the same ISO week (the job runs daily): nothing again.
        branch.SetLocalTime(new DateTime(2026, 11, 29, 9, 30, 0));
        Assert.Equal(0, await branch.Nudges.SendCoverageNudgesAsync(CancellationToken.None));
        Assert.Empty(branch.Take(branch.Secretary));
        Assert.Empty(branch.Take(branch.Zhang));

        // Monday of the next week: everyone again.
        branch.SetLocalTime(new DateTime(2026, 11, 30, 9, 30, 0));
        Assert.Equal(3, await branch.Nudges.SendCoverageNudgesAsync(CancellationToken.None));
        Assert.Single(branch.Take(branch.Zhang));
    }

    [Fact]
    public async Task Nudges_stop_for_a_pair_once_it_has_talked_and_for_everyone_once_all_are_covered()
    {
        await using var branch = TalkNudgeScenario.Start();
        await branch.RecordTalkAsync("zhang", "王书记");

        await branch.Nudges.SendCoverageNudgesAsync(CancellationToken.None);

        Assert.Empty(branch.Take(branch.Zhang));
        Assert.Single(branch.Take(branch.Li));
        var secretary = Assert.Single(branch.Take(branch.Secretary));
        Assert.Contains("2026年还有1对同志", secretary, StringComparison.Ordinal);
        Assert.Contains("你本人还需要与以下同志谈心谈话：\n· 李四\n", secretary, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", secretary, StringComparison.Ordinal);

        await branch.RecordTalkAsync("secretary", "李四");
        branch.SetLocalTime(new DateTime(2026, 12, 7, 9, 30, 0));

        Assert.Equal(0, await branch.Nudges.SendCoverageNudgesAsync(CancellationToken.None));
        Assert.Empty(branch.Take(branch.Secretary));
        Assert.Empty(branch.Take(branch.Li));
    }

    [Fact]
    public async Task A_planned_talk_past_its_date_is_nudged_to_both_sides_even_before_the_fourth_quarter()
    {
        await using var branch = TalkNudgeScenario.Start(new DateTime(2027, 1, 4, 9, 0, 0));
        var plan = await branch.Bot.Services.GetRequiredService<TalkPlanService>().PlanAsync(await branch.MemberAsync("secretary"), CancellationToken.None);
        Assert.True(plan.Succeeded, plan.Problem?.ToString());
        var first = plan.Value!.Assignments.OrderBy(a => a.Assignment.DueDate).First();
        var late = first.Assignment.DueDate.AddDays(1).ToDateTime(new TimeOnly(9, 30));
        Assert.True(late.Month < 10, $"the first planned talk should fall due before October, not on {first.Assignment.DueDate}");
        branch.Drain();

        branch.SetLocalTime(late);
        await branch.Nudges.SendCoverageNudgesAsync(CancellationToken.None);

        var partner = first.First.Name == "王书记" ? first.Second : first.First;
        var bystander = partner.Name == "张三" ? branch.Li : branch.Zhang;
        var partnerScript = partner.Name == "张三" ? branch.Zhang : branch.Li;
        var toPartner = Assert.Single(branch.Take(partnerScript));
        Assert.Contains($"· 王书记（原定{Recognizers(first.Assignment.DueDate)}前，已逾期）", toPartner, StringComparison.Ordinal);
        var toSecretary = Assert.Single(branch.Take(branch.Secretary));
        Assert.Contains($"· {partner.Name}（原定", toSecretary, StringComparison.Ordinal);
        Assert.DoesNotContain("对同志没有谈心谈话记录", toSecretary, StringComparison.Ordinal);
        Assert.Empty(branch.Take(bystander));

        // Once they have talked, the overdue assignment is done and nothing is sent.
        await branch.RecordTalkAsync("secretary", partner.Name);
        branch.SetLocalTime(late.AddDays(7));
        Assert.Equal(0, await branch.Nudges.SendCoverageNudgesAsync(CancellationToken.None));
    }

    private static string Recognizers(DateOnly date) => BranchBot.Dialogs.Recognizers.ChineseDateTimeFormatter.Format(date);
}
