using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Meetings;

/// <summary>
/// "谁请假了", "有没有人请假" from the 书记 with no meeting named: the leave waiting for a decision and the leave granted
/// for the meetings ahead, not the last meeting's attendance (where, before any meeting is held, there is none to show).
/// </summary>
public class LeaveAheadConversationTests
{
    [Fact]
    public async Task Asking_who_asked_for_leave_shows_pending_requests_then_granted_leave_ahead()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("有没有人请假")
            .ExpectReply("目前没有待审批的请假申请，近期的会也没有人请假。")
            .WithButtons("签到情况");

        branch.LiuYang.Send("请假 党员大会 出差").ExpectReply("已提交请假申请");
        branch.Secretary.SkipReplies().Send("谁请假了")
            .ExpectReply("待审批的请假申请 1 条：")
            .WithButtonsIncluding("签到情况");
        Assert.Contains("刘洋 · 12月2日（星期三）14:30 党员大会", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("近期的会还没有已准假的人。", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        branch.Secretary.Send("批准请假 刘洋").ExpectReply("已批准");
        branch.LiuYang.SkipReplies();
        branch.Secretary.Send("请假的都有谁")
            .ExpectReply("目前没有待审批的请假申请。\n近期会议已准假的：\n• 12月2日（星期三）14:30 党员大会");
        Assert.Contains("：刘洋（出差）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("审批请假")]
    [InlineData("待审批")]
    [InlineData("审批请假 1")]
    public async Task The_name_help_gives_the_leave_decisions_lists_them_and_decides_nothing(string typed)
    {
        // 帮助 lists the command as 审批请假, and typing that was "没有理解".
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.LiuYang.Send("请假 党员大会 出差").ExpectReply("已提交请假申请");

        branch.Secretary.SkipReplies().Send(typed).ExpectReply("待审批的请假申请 1 条：");
        Assert.Contains(branch.Secretary.LastReply!.SuggestedActions!.Actions, a => (a.Title ?? string.Empty).StartsWith("批准请假 ", StringComparison.Ordinal));
        branch.Secretary.Send(typed).ExpectReply("待审批的请假申请 1 条：");
        branch.LiuYang.ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("下周三的会谁请假了")]
    [InlineData("12月2号党员大会有谁请假了")]
    public async Task A_meeting_on_a_day_ahead_shows_the_leave_asked_for_it(string typed)
    {
        // Asked about a meeting still to come, the attendance view said only that no meeting had been held yet.
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.LiuYang.Send("请假 党员大会 出差").ExpectReply("已提交请假申请");

        branch.Secretary.SkipReplies().Send(typed).ExpectReply("待审批的请假申请 1 条：");
        Assert.Contains("刘洋 · 12月2日（星期三）14:30 党员大会", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_or_occasion_named_still_shows_that_meetings_attendance()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("上次谁请假了").ExpectReply("近一年还没有已召开的会议，还没有「签到情况」可以查看。");
    }
}
