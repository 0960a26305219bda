using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Talks;

/// <summary>
/// A member telling of their own difficulty ("我最近工作压力有点大") is offered the two ways to be heard (约谈心 and 谈心),
/// not taken for a reply to the last broadcast or left to the short help; nothing is sent to the 书记 until pressed.
/// </summary>
public class HardshipConversationTests
{
    [Theory]
    [InlineData("我最近工作压力有点大")]
    [InlineData("家里出了点事，心里挺乱的")]
    [InlineData("最近老是睡不好，有点焦虑")]
    public async Task Ones_own_difficulty_is_offered_a_talk_with_the_secretary(string said)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.LiuYang.Send(said).ExpectReply("听起来你最近不太容易。").WithButtons("告诉书记", "谈心");
        branch.Secretary.ExpectNoMoreReplies();

        branch.LiuYang.Send("约谈心").ExpectReply("书记");
        branch.Secretary.ExpectNotification("【谈心请求】刘洋想找你谈心谈话");
    }

    [Theory]
    [InlineData("王芳最近压力有点大")]
    [InlineData("她家里出了点事")]
    [InlineData("请假 家里出了点事")]
    [InlineData("党员心情不好可以不参加组织生活吗")]
    public async Task Someone_elses_difficulty_a_leave_reason_or_a_rules_question_is_not_offered_a_talk(string said)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.LiuYang.Send(said).ExpectReply(string.Empty);
        Assert.DoesNotContain("听起来你最近不太容易", branch.LiuYang.LastReplyText, StringComparison.Ordinal);
    }
}
