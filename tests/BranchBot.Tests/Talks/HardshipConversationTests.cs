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
    [InlineData("我最近工作压力有点大", "告诉书记")]
    [InlineData("书记 我最近想找你聊聊", "告诉书记")]
    [InlineData("书记 我最近想找你聊聊", "告诉书记。")]
    public async Task Typing_the_buttons_words_is_pressing_it_not_a_reply_to_the_last_broadcast(string said, string typed)
    {
        // "告诉书记" typed was offered as a reply to the broadcast before: the words are the button's, whose line is 约谈心.
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("广播 周五下午三点在三楼学习").ExpectReply("发给谁").Send("全体党员").ExpectReply("回执")
            .Send("否").ExpectReply("什么时候发送").Send("立即发送").ExpectReply("请确认广播").Send("确认").ExpectReply("已");
        branch.LiuYang.ExpectNotification("周五下午三点在三楼学习");

        branch.LiuYang.Send(said).ExpectReply("告诉书记吗？");
        branch.LiuYang.Send(typed).ExpectReply("已告诉书记王书记你想找他谈心");
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
