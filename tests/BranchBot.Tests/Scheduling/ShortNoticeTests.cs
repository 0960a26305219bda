using BranchBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using static BranchBot.Tests.Scheduling.SchedulerScenario;

namespace BranchBot.Tests.Scheduling;

/// <summary>A meeting arranged in chat after its reminder times and the check-in opening: one 会议通知 says it all.</summary>
public sealed class ShortNoticeTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("branchbot-short-notice-").FullName;

    private string DatabaseFile => Path.Combine(_directory, "branchbot.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_meeting_arranged_twenty_minutes_ahead_sends_one_notice_with_check_in_and_no_empty_fields()
    {
        await using var bot = new SchedulerBot();
        var (secretary, zhang, li) = Branch(bot);
        bot.Bot.Clock.SetUtcNow(MeetingStart.AddMinutes(-20));

        secretary.Send("安排 党员大会 今天下午3点").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
        var outcomes = await bot.RunUntilAsync(MeetingStart.AddMinutes(-1));

        Assert.Empty(outcomes);
        zhang.ExpectNotification("【会议通知】党员大会").WithButtons("签到", "请假", "近期安排").ExpectNoMoreReplies();
        Assert.Contains("签到已开始，15:30截止，到场后请点「签到」。", zhang.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("未填", zhang.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("主题", zhang.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("地点", zhang.LastReplyText, StringComparison.Ordinal);
        li.ExpectNotification("签到已开始").ExpectNoMoreReplies();
        zhang.Send("签到").ExpectReply("签到成功");
    }

    [Fact]
    public async Task A_restart_after_a_short_notice_meeting_does_not_send_the_reminders_its_notice_covered()
    {
        var arrangedAt = MeetingStart.AddMinutes(-20);
        await using (var bot = new SchedulerBot(DatabaseFile, startAt: arrangedAt))
        {
            var (secretary, zhang, _) = Branch(bot);
            secretary.Send("安排 党员大会 今天下午3点 三楼").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
            zhang.ExpectNotification("【会议通知】");
        }

        await using var restarted = new SchedulerBot(DatabaseFile, startAt: arrangedAt.AddMinutes(5));
        await restarted.Services.GetRequiredService<MeetingTriggerRebuilder>().RebuildAsync(CancellationToken.None);

        Assert.Equal(["after"], (await restarted.TriggersAsync()).Select(t => t.Event));
        Assert.Empty(await restarted.RunUntilAsync(MeetingStart.AddMinutes(-1)));
        Assert.Empty(Unread(restarted, restarted.Bot.User("zhang")));
    }

    [Fact]
    public async Task A_meeting_arranged_a_day_ahead_still_gets_its_reminders_and_check_in_notice()
    {
        await using var bot = new SchedulerBot();
        var (secretary, zhang, _) = Branch(bot);
        secretary.Send("安排 党员大会 明天下午3点 三楼会议室").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
        zhang.ExpectNotification("【会议通知】").WithButtons("请假", "近期安排");
        Assert.DoesNotContain("签到已开始", zhang.LastReplyText, StringComparison.Ordinal);

        var outcomes = await bot.RunUntilAsync(MeetingStart.AddMinutes(-30));

        Assert.Equal(["reminder-1.00:00:00", "reminder-01:00:00", "checkin-open"], outcomes.Select(o => o.Event));
    }
}
