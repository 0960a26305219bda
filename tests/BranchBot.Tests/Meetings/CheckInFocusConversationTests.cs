using BranchBot.Core.Meetings;
using BranchBot.Scheduling;
using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Meetings;

/// <summary>
/// 签到 and the meeting in focus (issue 13): two meetings open for check-in at once, and the member was just reminded of
/// one of them, so "我到了" / "签个到" signs in to that one without a picker; a cancellation notice puts the cancelled
/// meeting in focus, so "那个会还开吗" is answered "已取消".
/// </summary>
public class CheckInFocusConversationTests
{
    private static readonly DateTimeOffset GeneralMeetingDay = new(2026, 12, 2, 14, 20, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("签到", null)]
    [InlineData("签个到", "签到")]
    [InlineData("我到了", "签到")]
    public async Task During_two_open_windows_a_check_in_after_the_reminder_signs_in_to_the_reminded_meeting(string typed, string? confirmed)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        ArrangeLessonAlongsideTheGeneralMeeting(branch);
        bot.Clock.SetUtcNow(GeneralMeetingDay);
        await RemindOfAsync(bot, MeetingKind.GeneralMeeting);
        branch.ChenJing.ExpectNotification("党员大会");

        if (confirmed is null)
        {
            branch.ChenJing.Send(typed).ExpectReply("签到成功：12月2日（星期三）14:30 党员大会");
            return;
        }

        // A free sentence is offered as 签到 first (a write is never run unasked); its button signs in without a picker.
        branch.ChenJing.Send(typed).ExpectReply("签到");
        branch.ChenJing.Send(confirmed).ExpectReply("签到成功：12月2日（星期三）14:30 党员大会");
    }

    [Fact]
    public async Task Without_a_meeting_in_focus_two_open_windows_are_still_asked_about()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        ArrangeLessonAlongsideTheGeneralMeeting(branch);
        bot.Clock.SetUtcNow(GeneralMeetingDay);

        branch.ChenJing.Send("签到").ExpectReply("你要签到的是哪一个");
    }

    [Fact]
    public async Task After_a_cancellation_notice_asking_whether_that_meeting_still_takes_place_is_answered_cancelled()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.Advance(TimeSpan.FromHours(3));

        branch.Secretary.Send("取消会议 党员大会").ExpectReply("确认取消").Send("确认").ExpectReply("已取消");
        branch.ChenJing.ExpectNotification("取消");

        branch.ChenJing.Send("那个会还开吗").ExpectReply("已取消");
    }

    private static void ArrangeLessonAlongsideTheGeneralMeeting(IntentBranch branch)
    {
        branch.Secretary.Send("安排 党课 12月2日下午2点 二楼小会议室 讲党章").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
        foreach (var member in new[] { branch.ChenJing, branch.LiuYang, branch.WangFang, branch.ZhangLihua })
        {
            member.ExpectNotification("【会议通知】");
        }
    }

    private static async Task RemindOfAsync(BotHarness bot, MeetingKind kind)
    {
        var meeting = (await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(5, CancellationToken.None)).Single(m => m.Kind == kind);
        var reminder = new MeetingEvent(meeting.Id, meeting.Revision, MeetingEventKind.Reminder, meeting.StartsAt - TimeSpan.FromHours(1), TimeSpan.FromHours(1));
        await bot.Services.GetRequiredService<MeetingEventRunner>().RunAsync(meeting.Id, meeting.Revision, reminder.Name, CancellationToken.None);
    }
}
