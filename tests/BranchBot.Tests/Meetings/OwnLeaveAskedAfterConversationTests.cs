using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Meetings;

/// <summary>
/// A member who asked for leave asks after it the way people do in chat ("书记批了没", "那个假书记给我批了吗"), without
/// naming a command: the answer is their meetings with the leave's state. The 书记, who does the approving, is not
/// read that way, nor is a question naming something else that gets approved.
/// </summary>
public class OwnLeaveAskedAfterConversationTests
{
    [Theory]
    [InlineData("书记批了没")]
    [InlineData("批了没有呀")]
    [InlineData("那个假书记给我批了吗")]
    [InlineData("审批结果出来没")]
    [InlineData("批没批啊")]
    public async Task A_member_asking_whether_it_was_approved_sees_the_leave_waiting(string question)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.LiuYang.Send("请假 党员大会 要出差").ExpectReply("已提交请假申请");
        branch.Secretary.SkipReplies();

        branch.LiuYang.Send(question).ExpectReply("请假待审批");
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Once_approved_the_same_question_shows_it_approved()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.LiuYang.Send("请假 党员大会 要出差").ExpectReply("已提交请假申请");
        branch.Secretary.SkipReplies();
        branch.Secretary.Send("批准请假 刘洋").ExpectReply("已批准");
        branch.LiuYang.SkipReplies();

        branch.LiuYang.Send("书记批了没").ExpectReply("请假已批准");
    }

    [Theory]
    [InlineData("批了没")]
    [InlineData("入党申请批了没")]
    public async Task The_书记_or_another_thing_approved_is_not_read_as_the_member_s_leave(string question)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        var sender = question.StartsWith("入党", StringComparison.Ordinal) ? branch.LiuYang : branch.Secretary;

        sender.Send(question).ExpectReplyNotContaining(string.Empty, "你近期有");
    }
}
