using BranchBot.Core.Membership;
using BranchBot.Core.Membership.Roster;
using BranchBot.Scheduling;
using BranchBot.Tests.DingTalk.Fake;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Xunit.Abstractions;

namespace BranchBot.Tests.DingTalk;

/// <summary>
/// The main conversation scripts over 钉钉: typed text arrives as signed robot callbacks, buttons are action cards
/// whose press sends the command back as the member's own message.
/// </summary>
public class DingTalkConversationTests(ITestOutputHelper output)
{
    private static async Task<(DingTalkMember Secretary, DingTalkMember Zhang)> BranchWithZhangAsync(DingTalkApplication dingtalk)
    {
        var secretary = dingtalk.Member("wangshuji");
        Assert.Contains("请输入你的姓名", await secretary.SendAsync($"初始化 {BotHarness.SetupCode} 测试支部"), StringComparison.Ordinal);
        Assert.Contains("初始化完成", await secretary.SendAsync("王书记"), StringComparison.Ordinal);
        var code = ConversationScript.InviteCodeIn(await secretary.SendAsync("添加党员 张三"));
        var zhang = dingtalk.Member("zhangsan");
        Assert.Contains("欢迎你，张三同志", await zhang.SendAsync($"加入 {code}"), StringComparison.Ordinal);
        return (secretary, zhang);
    }

    [Fact]
    public async Task A_member_joins_with_an_invite_code()
    {
        await using var dingtalk = new DingTalkApplication();
        var (_, zhang) = await BranchWithZhangAsync(dingtalk);
        Assert.Contains("张三", await zhang.SendAsync("我的信息"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_is_arranged_and_confirmed_by_pressing_the_action_card()
    {
        await using var dingtalk = new DingTalkApplication();
        var (secretary, zhang) = await BranchWithZhangAsync(dingtalk);

        var preview = await secretary.SendAsync("安排 党员大会 11月27日下午3点 三楼会议室 学习党章");
        output.WriteLine(preview);
        Assert.Contains("党员大会", preview, StringComparison.Ordinal);
        var card = secretary.LatestCardWith("确认");
        Assert.StartsWith("sampleActionCard", card.MsgKey, StringComparison.Ordinal);
        Assert.Contains(card.Buttons!, b => b.Title == "取消");

        var arranged = await secretary.PressAsync(card, "确认");
        output.WriteLine(arranged);
        Assert.Contains("已安排", arranged, StringComparison.Ordinal);
        output.WriteLine(await zhang.ExpectNotificationAsync("党员大会"));
    }

    [Fact]
    public async Task A_broadcast_reaches_members_and_its_receipt_counts_once_when_pressed_twice()
    {
        await using var dingtalk = new DingTalkApplication();
        var (secretary, zhang) = await BranchWithZhangAsync(dingtalk);

        Assert.Contains("请输入要广播的内容", await secretary.SendAsync("广播"), StringComparison.Ordinal);
        Assert.Contains("发给谁", await secretary.SendAsync("明天上午9点到三楼会议室集中学习。"), StringComparison.Ordinal);
        Assert.Contains("需要成员点「收到」回执吗", await secretary.PressAsync("全体党员"), StringComparison.Ordinal);
        Assert.Contains("什么时候发送", await secretary.SendAsync("是"), StringComparison.Ordinal);
        Assert.Contains("对象：全体党员", await secretary.PressAsync("立即发送"), StringComparison.Ordinal);
        Assert.Contains("已开始发送", await secretary.PressAsync("确认"), StringComparison.Ordinal);

        output.WriteLine(await zhang.ExpectNotificationAsync("【支部广播 #1】"));
        var card = zhang.LatestCardWith("收到");
        var received = await zhang.PressAsync(card, "收到");
        output.WriteLine(received);
        Assert.Contains("已确认收到广播 #1", received, StringComparison.Ordinal);

        // An action card cannot be disabled after a press: the second press arrives as a second message and counts nothing.
        output.WriteLine(await zhang.PressAsync(card, "收到"));
        var details = await secretary.SendAsync("广播详情 1");
        output.WriteLine(details);
        Assert.Contains("已回执 1/1", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_imported_from_the_directory_by_staff_id_is_reached_without_an_invite_code()
    {
        await using var dingtalk = new DingTalkApplication();
        var (secretary, _) = await BranchWithZhangAsync(dingtalk);
        var csv = "name,role,group,channelId,userId\n李四,member,,dingtalk,lisi01\n"u8.ToArray();
        var imported = await dingtalk.App.Services.GetRequiredService<RosterImporter>().ImportAsync(csv, MembershipActor.Operator, CancellationToken.None);
        Assert.True(imported.Succeeded, string.Join('\n', imported.Errors));
        Assert.Equal(1, imported.Bound);

        var lisi = dingtalk.Member("lisi01");
        await secretary.SendAsync("广播");
        await secretary.SendAsync("今晚8点线上学习");
        await secretary.PressAsync("全体党员");
        await secretary.SendAsync("不用了，通知一下就行");
        await secretary.PressAsync("立即发送");
        await secretary.PressAsync("确认");
        output.WriteLine(await lisi.ExpectNotificationAsync("今晚8点线上学习"));

        Assert.Contains("李四", await lisi.SendAsync("我的信息"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_asks_a_rules_question_and_submits_a_talk_the_secretary_is_told_of()
    {
        await using var dingtalk = new DingTalkApplication();
        var (secretary, zhang) = await BranchWithZhangAsync(dingtalk);

        var answer = await zhang.SendAsync("问 我是农民党员，党费交多少");
        output.WriteLine(answer);
        Assert.Contains("农民党员每月0.2元至1元交纳党费", answer, StringComparison.Ordinal);

        Assert.Contains("谢谢你愿意和支部聊聊", await zhang.SendAsync("谈心"), StringComparison.Ordinal);
        Assert.Contains("谢谢你的分享", await zhang.SendAsync("最近在学习党章，收获很大"), StringComparison.Ordinal);
        Assert.Contains("工作上的困难这题先跳过", await zhang.PressAsync("跳过"), StringComparison.Ordinal);
        Assert.Contains("暂时不需要帮忙就好", await zhang.SendAsync("没有"), StringComparison.Ordinal);
        Assert.Contains("谢谢你的建议", await zhang.SendAsync("希望多组织专题学习"), StringComparison.Ordinal);
        Assert.Contains("谈心内容已经提交", await zhang.PressAsync("确认提交"), StringComparison.Ordinal);

        output.WriteLine(await secretary.ExpectNotificationAsync("【谈心】张三提交了谈心反馈"));
    }

    [Fact]
    public async Task A_reminder_comes_as_an_action_card_and_pressing_its_check_in_button_checks_the_member_in()
    {
        await using var dingtalk = new DingTalkApplication();
        var (secretary, zhang) = await BranchWithZhangAsync(dingtalk);
        await secretary.SendAsync("安排 党员大会 11月27日下午3点 三楼会议室 学习党章");
        Assert.Contains("已安排", await secretary.PressAsync("确认"), StringComparison.Ordinal);
        await zhang.ExpectNotificationAsync("党员大会");

        var start = new DateTimeOffset(2026, 11, 27, 15, 0, 0, TimeSpan.FromHours(8));
        await FireMeetingTriggersUntilAsync(dingtalk, start.AddMinutes(-15));
        output.WriteLine(await zhang.ExpectNotificationAsync("【会议提醒】"));
        var card = zhang.LatestCardWith("请假");
        Assert.Contains(card.Buttons!, b => b.Title == "签到");

        var checkedIn = await zhang.PressAsync(card, "签到");
        output.WriteLine(checkedIn);
        Assert.Contains("签到成功", checkedIn, StringComparison.Ordinal);
    }

    /// <summary>Fires the meeting triggers Quartz holds, each at its own instant, as the scheduler would (see SchedulerBot).</summary>
    private static async Task FireMeetingTriggersUntilAsync(DingTalkApplication dingtalk, DateTimeOffset until)
    {
        var services = dingtalk.App.Services;
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
        var runner = services.GetRequiredService<MeetingEventRunner>();
        while (true)
        {
            var keys = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(MeetingTriggers.Group), CancellationToken.None);
            var due = new List<(ITrigger Trigger, DateTimeOffset At)>();
            foreach (var key in keys)
            {
                if (await scheduler.GetTrigger(key, CancellationToken.None) is { NextFireTimeUtc: { } at } trigger && at <= until)
                {
                    due.Add((trigger, at));
                }
            }

            if (due.Count == 0)
            {
                break;
            }

            var (next, fireAt) = due.OrderBy(d => d.At).First();
            if (fireAt > dingtalk.App.Clock.GetUtcNow())
            {
                dingtalk.App.Clock.SetUtcNow(fireAt);
            }

            await scheduler.UnscheduleJob(next.Key, CancellationToken.None);
            await runner.RunAsync(
                next.JobKey.Name, next.JobDataMap.GetInt(MeetingTriggers.RevisionKey),
                next.JobDataMap.GetString(MeetingTriggers.EventKey)!, CancellationToken.None);
        }

        if (until > dingtalk.App.Clock.GetUtcNow())
        {
            dingtalk.App.Clock.SetUtcNow(until);
        }
    }
}
