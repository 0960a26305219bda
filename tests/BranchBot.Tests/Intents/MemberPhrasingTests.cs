using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// Members' words seen in live chat: asking the 书记 for a talk, the 书记 addressed as 你 or 您; asking whether there is
/// 组织生活 or a 主题党日 ahead (近期安排, not a rules question).
/// </summary>
public class MemberPhrasingTests
{
    [Theory]
    [InlineData("书记我想找你聊聊")]
    [InlineData("书记，有空的话想跟你谈谈")]
    [InlineData("王书记，我想找您谈谈心")]
    public async Task Addressing_the_secretary_as_you_asks_for_a_talk_and_sends_nothing_until_asked(string sentence)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send(sentence).ExpectReply("谈心谈话一般当面进行").WithButtons("告诉书记", "谈心");
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task You_without_the_secretary_named_is_no_talk_request()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("想找你聊聊").ExpectReplyNotContaining(string.Empty, "谈心谈话一般当面进行");
    }

    [Theory]
    [InlineData("下周有组织生活吗")]
    [InlineData("这周有没有主题党日")]
    public async Task Asking_whether_organisational_life_is_ahead_shows_the_upcoming_meetings(string question)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("近期安排").ExpectReply(string.Empty);
        var upcoming = branch.ChenJing.LastReplyText;
        branch.ChenJing.Send(question).ExpectReply(upcoming);
    }

    [Fact]
    public async Task A_meetings_everyday_name_left_beside_the_reason_is_not_part_of_it()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("我下周三出差，支部会去不了").ExpectReplyNotContaining("出差", "支部会");
    }

    [Theory]
    [InlineData("开会地点在哪")]
    [InlineData("党员大会的会议室在哪")]
    [InlineData("会议在哪儿")]
    [InlineData("下周三开会我还用去吗")]
    [InlineData("支部会是啥时候")]
    [InlineData("党课啥时候上")]
    public async Task Asking_where_a_meeting_is_or_whether_to_go_shows_the_upcoming_meetings(string question)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("近期安排").ExpectReply(string.Empty);
        var upcoming = branch.ChenJing.LastReplyText;
        branch.ChenJing.Send(question).ExpectReply(upcoming);
    }

    [Fact]
    public async Task Asking_who_neither_asked_leave_nor_signed_in_shows_the_attendance()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("签到情况").ExpectReply(string.Empty);
        var summary = branch.Secretary.LastReplyText;
        branch.Secretary.Send("谁还没请假也没签到").ExpectReply(summary);
    }
}
