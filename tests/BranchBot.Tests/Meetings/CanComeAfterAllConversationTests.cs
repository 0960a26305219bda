using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Meetings;

/// <summary>
/// "周三的会我能来了": a member who could not come now can. Before, it was offered as a reply to the last broadcast; now the
/// leave asked for that meeting is offered to be taken back, a member without leave is told nothing needs doing, and while
/// the meeting is open for check-in 签到 of it is offered.
/// </summary>
public class CanComeAfterAllConversationTests
{
    private static readonly DateTimeOffset MondayBefore = new(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly DateTimeOffset GeneralMeetingCheckInOpen = new(2026, 12, 2, 14, 20, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("周三的会我能来了", "撤销请假 周三会议")]
    [InlineData("周三党员大会我又可以参加了", "撤销请假 周三党员大会")]
    public async Task With_leave_for_that_meeting_taking_it_back_is_offered(string typed, string offered)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.SetUtcNow(MondayBefore);
        branch.LiuYang.Send("请假 党员大会 出差").ExpectReply("已提交请假申请");
        branch.Secretary.SkipReplies();

        branch.LiuYang.Send(typed).ExpectReply($"你是想「{offered}」吗？").WithButtons(offered);
        branch.LiuYang.Send(offered).ExpectReply("已撤销请假：12月2日（星期三）14:30 党员大会");
        branch.Secretary.ExpectNotification("【撤销请假】刘洋");
    }

    [Fact]
    public async Task Without_leave_it_says_nothing_needs_doing()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.SetUtcNow(MondayBefore);

        branch.ChenJing.Send("周三的会我能来了").ExpectReply("你近期没有待审批或已批准的请假，不需要撤销。");
        branch.ChenJing.Send("近期安排").ExpectReply("待参加");
    }

    [Fact]
    public async Task While_the_meeting_is_open_for_check_in_signing_in_is_offered()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.SetUtcNow(GeneralMeetingCheckInOpen);

        branch.WangFang.Send("党员大会我能来了").ExpectReply("你是想「签到 党员大会」吗？").WithButtons("签到 党员大会");
        branch.WangFang.Send("签到 党员大会").ExpectReply("签到成功：12月2日（星期三）14:30 党员大会");
    }
}
