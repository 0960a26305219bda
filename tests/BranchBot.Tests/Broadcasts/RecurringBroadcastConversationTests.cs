using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Scheduling;
using BranchBot.Tests.Scheduling;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Broadcasts;

/// <summary>定期广播 in chat: 定期发送 in the guided 广播 dialog, 定期广播 and 停止定期广播. The clock starts Wednesday 2026-11-25 10:00 in Beijing.</summary>
public class RecurringBroadcastConversationTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static async Task<IReadOnlyList<Broadcast>> StoredAsync(BotHarness bot) =>
        await bot.Services.GetRequiredService<BroadcastService>().ListRecentAsync(10, CancellationToken.None);

    private static Task<BroadcastPlanRun> DailyRunAsync(BotHarness bot) =>
        bot.Services.GetRequiredService<BroadcastPlanService>().CreateDueOccurrencesAsync(bot.Clock.GetUtcNow(), CancellationToken.None);

    [Fact]
    public async Task Choosing_recurring_asks_the_rhythm_previews_the_next_time_and_creates_the_plan_on_confirmation()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 请按时交纳本月党费").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送").WithButtons("立即发送", "定时发送", "定期发送")
            .Send("定期发送").ExpectReply("多久发一次？例如：每月5日上午9点、每季度第一个月10日下午3点")
            .Send("每月5号").ExpectReply("没有看出几点发送。\n多久发一次")
            .Send("每月5日上午9点").ExpectReply("发送时间：每月5日 09:00 定期发送，下次 12月5日 09:00，当前 4 人").WithButtons("确认", "修改", "取消");
        Assert.Contains("对象：全体党员（4人）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("1 人尚未通过聊天加入，无法送达：钱七", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Empty(await bot.Services.GetRequiredService<BroadcastPlanService>().ListAsync(CancellationToken.None));

        branch.Secretary.Send("确认").ExpectReply("已创建定期广播 #1：每月5日 09:00 发送给全体党员。下次 12月5日 09:00。").WithButtons("定期广播");
        Assert.Empty(await StoredAsync(bot));

        branch.Secretary.Send("定期广播").ExpectReply("进行中的定期广播 1 项：\n#1 每月5日 09:00 · 全体党员 · 下次 12月5日 09:00\n   「请按时交纳本月党费」（王书记）")
            .WithButtons("停止定期广播 1");

        // The daily run a day and a half ahead schedules it; the outbox sends it at 09:00 on the 5th.
        bot.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 0, 5, 0, Beijing));
        Assert.Single((await DailyRunAsync(bot)).Scheduled);
        branch.Secretary.Send("广播记录").ExpectReply("#1 12月5日 09:00 全体党员「请按时交纳本月党费」（定时）");
        bot.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 9, 0, 0, Beijing));
        branch.Zhang.ExpectNotification("【支部广播 #1】\n请按时交纳本月党费\n—— 王书记");
        branch.Li.ExpectNotification("请按时交纳本月党费");

        branch.Secretary.Send("停止定期广播 1").ExpectReply("已停止定期广播 #1（每月5日 09:00 全体党员），之后不再生成新的广播");
        Assert.Contains("撤回 编号", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("定期广播").ExpectReply("没有进行中的定期广播。\n已停止：\n#1 每月5日 09:00 全体党员「请按时交纳本月党费」（12月5日 09:00停止）");

        bot.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 4, 9, 0, 0, Beijing));
        Assert.Empty((await DailyRunAsync(bot)).Scheduled);
        Assert.Single(await StoredAsync(bot));
    }

    [Fact]
    public async Task An_occurrence_tomorrow_is_scheduled_at_once_and_can_be_withdrawn_like_any_scheduled_broadcast()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 提醒报送学习材料").ExpectReply("发给谁")
            .Send("党小组").ExpectReply("发给哪个党小组")
            .Send("第一党小组").ExpectReply("需要成员点「收到」回执吗？")
            .Send("是").ExpectReply("什么时候发送")
            .Send("定期发送").ExpectReply("多久发一次")
            .Send("每月26日上午9点").ExpectReply("对象：第一党小组（2人）")
            .Send("确认").ExpectReply("已创建定期广播 #1：每月26日 09:00 发送给第一党小组。下次 11月26日 09:00。\n已安排广播 #1于 11月26日 09:00 发送，发送前可用「撤回 1」取消这一次。");

        var broadcast = Assert.Single(await StoredAsync(bot));
        Assert.True(broadcast.RequiresAcknowledgement);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 9, 0, 0, Beijing), broadcast.ScheduledAt);

        branch.Secretary.Send("撤回 1").ExpectReply("已撤回广播 #1：2 条尚未发出的消息已取消");
        bot.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 9, 30, 0, Beijing));
        Assert.Empty((await DailyRunAsync(bot)).Scheduled);
        Assert.Equal(0, branch.Deliver());
        branch.Zhang.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Recurring_is_not_offered_for_the_not_acknowledged_and_an_impossible_rhythm_is_asked_again()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("第一次通知");
        branch.Li.ExpectNotification("第一次通知");
        branch.Meetings.WithCommitteeMember("李四");
        branch.Secretary.Send("广播 请尽快确认").ExpectReply("发给谁")
            .Send("未回执人员").ExpectReply("发给哪条广播的未回执人员")
            .Send("广播1「第一次通知」").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送").WithButtons("立即发送", "定时发送")
            .Send("取消").ExpectReply("已取消当前操作。");

        branch.Secretary.Send("广播 支委会材料").ExpectReply("发给谁")
            .Send("支委").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送")
            .Send("定期发送").ExpectReply("多久发一次")
            .Send("明天上午9点").ExpectReply("请以「每月」或「每季度」开头。\n多久发一次")
            .Send("每月32日上午9点").ExpectReply("没有32号")
            .Send("每季度第二个月1日下午3点").ExpectReply("对象：支委（1人）");
        Assert.Contains("发送时间：每季度第2个月1日 15:00 定期发送，下次 2月1日 15:00", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("修改").ExpectReply("要修改哪一项")
            .Send("对象").ExpectReply("发给谁")
            .Send("未回执人员").ExpectReply("发给哪条广播的未回执人员")
            .Send("广播1「第一次通知」").ExpectReply("什么时候发送").WithButtons("立即发送", "定时发送");
    }

    [Fact]
    public async Task Stopping_without_a_number_asks_which_and_members_cannot_use_the_commands()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("定期广播").ExpectReply("还没有定期广播");
        branch.Secretary.Send("广播 交党费").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送")
            .Send("定期发送").ExpectReply("多久发一次")
            .Send("每月5日上午9点").ExpectReply("请确认定期广播")
            .Send("确认").ExpectReply("已创建定期广播 #1");

        branch.Zhang.Send("定期广播").ExpectReply("只有书记、副书记和支委可以使用「定期广播」。");
        branch.Zhang.Send("停止定期广播 1").ExpectReply("只有书记、副书记和支委可以使用「停止定期广播」。");
        branch.Secretary.Send("停止定期广播").ExpectReply("要停止哪一项定期广播？请回复编号：\n1. 每月5日 09:00 全体党员「交党费」").WithButtons("1")
            .Send("1").ExpectReply("已停止定期广播 #1");
        branch.Secretary.Send("停止定期广播 1").ExpectReply("定期广播1已经停止了。");
    }

    [Fact]
    public async Task The_daily_duties_schedule_the_plans_occurrences()
    {
        await using var bot = new SchedulerBot();
        SchedulerScenario.Branch(bot);
        var created = await bot.Services.GetRequiredService<BroadcastPlanService>().CreateAsync(
            new BroadcastPlanDraft("月初学习提醒", BroadcastAudience.Branch, false, new Core.Meetings.Recurrence(Core.Meetings.RecurrenceFrequency.Monthly, 1, new TimeOnly(8, 0))),
            await bot.MemberAsync("secretary"), CancellationToken.None);
        Assert.Empty(created.Value!.Scheduled);

        var duties = bot.Services.GetRequiredService<DailyDuties>();
        bot.Bot.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 9, 0, 0, Beijing));
        await duties.RunAsync(CancellationToken.None);
        await duties.RunAsync(CancellationToken.None);

        var broadcast = Assert.Single(await StoredAsync(bot.Bot));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 0, 0, Beijing), broadcast.ScheduledAt);
        Assert.Equal("月初学习提醒", broadcast.Text);
    }
}
