using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Recognizers;
using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Meetings;

/// <summary>
/// "这周三" said on a Sunday is the Wednesday just past (weeks run Monday to Sunday), though many who say it mean the
/// coming one. Looking ahead, the bot says so and looks at next week's; writing, it asks, and never moves the day unasked.
/// </summary>
public class ThisWeekDayPassedConversationTests
{
    /// <summary>Sunday 2026-11-29 10:00 in Shanghai: 这周三 was 11-25; the 党员大会 is next Wednesday, 12-02 14:30.</summary>
    private static readonly DateTimeOffset Sunday = new(2026, 11, 29, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Asking_about_this_weeks_past_day_on_a_sunday_looks_at_next_weeks_and_says_so()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.SetUtcNow(Sunday);

        branch.LiuYang.Send("这周三有会吗")
            .ExpectReply("这周三（11月25日）已经过去了，下面按下周三（12月2日）查。\n你近期有 1 次党员大会");
        branch.LiuYang.Send("近期安排 11月25日").ExpectReply("11月25日（星期三）已经过去了，那天的会请发「往期会议」查看。\n你近期有 1 次会议");
    }

    [Fact]
    public async Task Leave_for_this_weeks_past_meeting_on_a_sunday_offers_next_weeks_and_takes_it_only_when_pressed()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.SetUtcNow(Sunday);

        branch.LiuYang.Send("请假 这周三的党员大会 出差")
            .ExpectReply("这周三（11月25日）已经过去了。你是要请下周三（12月2日）的党员大会的假吗？")
            .WithButtons("请假 下周三的党员大会 出差");
        var general = (await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(5, CancellationToken.None)).Single(m => m.Kind == MeetingKind.GeneralMeeting);
        var liuYang = await bot.Membership.FindByNameAsync("刘洋", CancellationToken.None);
        Assert.Null(await bot.Services.GetRequiredService<IMeetingStore>().GetAttendanceAsync(general.Id, liuYang!.Id, CancellationToken.None));

        branch.LiuYang.Send("请假 下周三的党员大会 出差").ExpectReply("已提交请假申请");
        Assert.Equal(AttendanceStatus.LeaveRequested, (await bot.Services.GetRequiredService<IMeetingStore>().GetAttendanceAsync(general.Id, liuYang.Id, CancellationToken.None))?.Status);
    }

    [Fact]
    public async Task Arranging_on_this_weeks_past_day_on_a_sunday_asks_whether_next_weeks_is_meant()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.SetUtcNow(Sunday);

        branch.Secretary.Send("安排 支委会 这周五晚上7点 线上")
            .ExpectReply("「这周五晚上7点」是11月27日，已经过去了，会议时间要在以后。你说的是下周五（12月4日）吗？是的话请回复「下周五晚上7点」。")
            .Send("下周五晚上7点").ExpectReply("日期：12月4日（星期五）");
    }

    [Theory]
    [InlineData("这周五", "2026-11-27", "2026-11-29", "下周五", "2026-12-04")]
    [InlineData("本星期三下午", "2026-11-25", "2026-11-28", "下星期三", "2026-12-02")]
    [InlineData("这个礼拜一", "2026-11-23", "2026-11-29", "下个礼拜一", "2026-11-30")]
    public void A_this_week_day_before_today_suggests_next_weeks(string said, string resolved, string today, string nextWeekSaid, string nextWeekDay)
    {
        var suggestion = ThisWeekDayPassed.Find(said, DateOnly.Parse(resolved), DateOnly.Parse(today));

        Assert.NotNull(suggestion);
        Assert.Equal(nextWeekSaid, suggestion!.NextWeekSaid);
        Assert.Equal(DateOnly.Parse(nextWeekDay), suggestion.NextWeekDay);
    }

    [Theory]
    [InlineData("这周五", "2026-11-27", "2026-11-25")] // still ahead
    [InlineData("这周日", "2026-11-29", "2026-11-29")] // today
    [InlineData("上周五", "2026-11-20", "2026-11-29")] // a past week said as such
    [InlineData("11月27日", "2026-11-27", "2026-11-29")] // a date is a date
    public void Other_days_suggest_nothing(string said, string resolved, string today) =>
        Assert.Null(ThisWeekDayPassed.Find(said, DateOnly.Parse(resolved), DateOnly.Parse(today)));
}
