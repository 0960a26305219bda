using BranchBot.Core.Meetings;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Meetings.Chat;

/// <summary>
/// 确认 pressed again after the reply to the first one was lost (the channel answered 500, so the turn failed before
/// the dialog was saved and the secretary still sees the summary): the meeting or plan is named, not made twice, and
/// its audience is told once. The harness clock starts on Wednesday 2026-11-25 at 10:00 in Beijing.
/// </summary>
public class RepeatedMeetingConfirmationTests
{
    [Fact]
    public async Task Arranging_confirmed_again_after_a_lost_reply_creates_one_meeting_and_names_it()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党员大会 12月1日下午2点半 三楼会议室 学习二十大精神").ExpectReply("请确认会议安排")
            .SendWhileChannelFails("确认")
            .Send("确认").ExpectReply("已安排（12月1日（星期二）14:30 党员大会「学习二十大精神」），不会重复创建。")
            .ExpectNoMoreReplies();

        Assert.Single(await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(10, CancellationToken.None));
        branch.Zhang.ExpectNotification("【会议通知】党员大会").ExpectNoMoreReplies();
        branch.Zhao.ExpectNotification("【会议通知】党员大会").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_recurring_plan_confirmed_again_after_a_lost_reply_is_created_once()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 每月15日下午3点 主题党日 党员活动室 重温入党誓词").ExpectReply("请确认定期安排")
            .SendWhileChannelFails("确认")
            .Send("确认").ExpectReply("已设定期安排（每月15日 15:00 主题党日），不会重复创建。");

        Assert.Single(await bot.Services.GetRequiredService<PlanService>().ListPlansAsync(CancellationToken.None));
        Assert.Single(await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(10, CancellationToken.None));
        branch.Zhang.ExpectNotification("【定期会议】").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Arranging_the_same_line_twice_in_two_dialogs_creates_two_meetings()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 支委会 明天上午9点").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排：")
            .Send("安排 支委会 明天上午9点").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排：");

        Assert.Equal(2, (await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(10, CancellationToken.None)).Count);
    }
}
