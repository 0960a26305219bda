using BranchBot.Tests.Broadcasts;

namespace BranchBot.Tests.Intents;

/// <summary>
/// Yes/no and choice replies as members type them, through the real bot's broadcast dialog (its 回执 question is a
/// ConfirmPrompt, its timing question a ChoicePrompt): the shared readers, not this dialog, understand them.
/// </summary>
public class PromptReplyConversationTests
{
    [Theory]
    [InlineData("嗯嗯可以的", "需要回执：是")]
    [InlineData("好的没问题", "需要回执：是")]
    [InlineData("不是不要，要的", "需要回执：是")]
    [InlineData("不要…还是要吧", "需要回执：是")]
    [InlineData("ok", "需要回执：是")]
    [InlineData("1", "需要回执：是")]
    [InlineData("不用了就是说说而已", "需要回执：否")]
    [InlineData("算了吧不要了", "需要回执：否")]
    [InlineData("不太需要", "需要回执：否")]
    [InlineData("暂时不用了，下次再说", "需要回执：否")]
    [InlineData("ＮＯ！！", "需要回执：否")]
    public async Task A_yes_or_no_inside_a_longer_reply_is_understood(string reply, string expected)
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 周五交学习笔记").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗")
            .Send(reply).ExpectReply("什么时候发送")
            .Send("越快越好").ExpectReply("对象：全体党员（4人）");
        Assert.Contains(expected, branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("发送时间：立即", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("全部")]
    [InlineData("所有人")]
    [InlineData("发给大家")]
    public async Task Everyone_in_ordinary_words_is_the_whole_branch(string reply)
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);

        // "全部" was answered "请点选下面的一个选项" at 发给谁.
        branch.Secretary.Send("广播 周五交学习笔记").ExpectReply("发给谁")
            .Send(reply).ExpectReply("需要成员点「收到」回执吗")
            .Send("要").ExpectReply("什么时候发送")
            .Send("马上").ExpectReply("对象：全体党员（4人）");
    }

    [Theory]
    [InlineData("随便")]
    [InlineData("我再想想")]
    [InlineData("好……不对，等等")]
    [InlineData("回执是什么意思？")]
    public async Task A_hedge_or_a_question_is_asked_again_rather_than_taken_for_an_answer(string reply)
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 周五交学习笔记").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗")
            .Send(reply).ExpectReply("请回答「是」或「否」")
            .Send("是的").ExpectReply("什么时候发送");
    }

    [Theory]
    [InlineData("先不发，晚上再推")]
    [InlineData("选第二个")]
    public async Task A_timing_that_means_later_asks_for_the_time(string reply)
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 周五交学习笔记").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗")
            .Send("不需要").ExpectReply("什么时候发送")
            .Send(reply).ExpectReply("请告诉我发送时间");
    }

    [Fact]
    public async Task A_timing_that_gives_the_time_previews_with_it()
    {
        // "明早8点发" asked for the time again before the send time typed at the timing question was taken (8509a5f).
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 周五交学习笔记").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗")
            .Send("不需要").ExpectReply("什么时候发送")
            .Send("明早8点发").ExpectReply("发送时间：11月26日 08:00");
    }

    [Theory]
    [InlineData("直接发吧，不用等")]
    [InlineData("选１")]
    [InlineData("就现在")]
    public async Task A_timing_that_means_now_previews_at_once(string reply)
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 周五交学习笔记").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗")
            .Send("不需要").ExpectReply("什么时候发送")
            .Send(reply).ExpectReply("发送时间：立即");
    }

    [Fact]
    public async Task A_refusal_in_other_words_at_the_preview_cancels_and_sends_nothing()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("广播 周五交学习笔记").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗")
            .Send("不需要").ExpectReply("什么时候发送")
            .Send("马上").ExpectReply("对象：全体党员（4人）")
            .Send("撤了吧，先不发").ExpectReply("没有发送");
        Assert.Equal(0, branch.Deliver());
    }
}
