using BranchBot.Dialogs.Meetings;
using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Meetings;

/// <summary>
/// Members answer a 会议通知 the way they answer any notice in a group chat: "好的", "收到，一定准时参加", "👌". With no
/// broadcast waiting for 收到, that was "抱歉，我没有理解" (or "你最近没有收到需要处理的支部广播" for 收到); it is taken
/// as noted, and the meeting's time and place are said back. The branch is <see cref="IntentBranch"/>: its members were
/// just sent the 党员大会's notice.
/// </summary>
public class NoticeAcknowledgementConversationTests
{
    private const string Noted = "好的，已记下：12月2日（星期三）14:30–16:30 党员大会，地点：三楼会议室。请准时参加；去不了的话点「请假」并说明原因。";

    [Theory]
    [InlineData("好的")]
    [InlineData("收到")]
    [InlineData("收到，一定准时参加")]
    [InlineData("好的👌")]
    [InlineData("ok")]
    public async Task An_acknowledgement_after_the_meeting_notice_says_the_meeting_back_as_noted(string typed)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.ChenJing.Send(typed).ExpectReply(Noted).WithButtons("请假", "近期安排");
    }

    [Fact]
    public async Task A_change_notice_acknowledged_after_asking_leave_says_that_the_leave_stands()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("请假 12月2日党员大会 出差").ExpectReply("已提交请假申请");
        branch.Secretary.SkipReplies();
        branch.Secretary.Send("修改会议 党员大会 地点 五楼大会议室").ExpectReply("地点由").Send("确认").ExpectReply("已修改");
        branch.ChenJing.ExpectNotification("五楼大会议室");

        branch.ChenJing.Send("收到").ExpectReply("地点：五楼大会议室。你已为这次会议请假").WithButtons("近期安排");
    }

    [Fact]
    public async Task A_meeting_the_member_arranged_or_looked_up_is_not_acknowledged_as_a_notice()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("好的").ExpectReply(NoticeAcknowledgementHandler.Plain);
        branch.LiuYang.Send("近期安排").ExpectReply("你近期有 1 次会议");
        branch.LiuYang.Send("好的").ExpectReply(NoticeAcknowledgementHandler.Plain);
    }

    [Fact]
    public async Task An_acknowledgement_about_nothing_gets_a_short_reply_not_a_misunderstanding()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var member = bot.JoinedMember(secretary, "chenjing", "陈静");

        member.Send("好的").ExpectReply(NoticeAcknowledgementHandler.Plain);
        member.Send("收到").ExpectReply("你最近没有收到需要处理的支部广播");
    }

    [Fact]
    public async Task A_cancelled_meeting_is_not_said_back_as_noted()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("取消会议 12月2日党员大会").ExpectReply("确认取消").Send("确认").ExpectReply("已取消");
        branch.ChenJing.SkipReplies();

        branch.ChenJing.Send("好的").ExpectReply(NoticeAcknowledgementHandler.Plain);
    }
}
