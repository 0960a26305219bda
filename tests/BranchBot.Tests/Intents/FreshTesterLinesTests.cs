using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// Causes found by tester-intents-13.tsv (written fresh by someone else): a wish to talk that asks the 书记 for a time is
/// 约谈心 even when it says what about (was started as 谈心 at once); "别撤了" keeps a broadcast (was read as 撤回); a
/// message passed on for someone else ("王芳叫我转告你") asks nothing of its own (was read as 邀请码 王芳).
/// </summary>
public class FreshTesterLinesTests
{
    [Theory]
    [InlineData("书记我想找你聊聊最近工作上的一些想法你看什么时候方便")]
    [InlineData("最近情绪不太好 书记有空的话想约您聊聊")]
    public async Task A_wish_to_talk_that_asks_for_a_time_offers_to_tell_the_secretary(string typed)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.ChenJing.Send(typed).ExpectReply("要告诉书记吗？");
    }

    [Fact]
    public async Task A_wish_to_talk_that_tells_a_worry_without_asking_for_a_time_is_still_谈心()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.ChenJing.Send("想跟书记谈谈，这阵子带孩子加上项目赶工，整个人很焦虑").ExpectReply("你刚才说的已经记下");
    }

    [Fact]
    public async Task Keeping_a_broadcast_is_no_withdrawal()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        // Read before the fix as a sure 撤回, which would have run at once; now only asked or named as not done.
        branch.Secretary.Send("刚才那条广播别撤了").ExpectReply("撤回");
        Assert.Matches("你是想|没有办理任何事", branch.Secretary.LastReplyText);
    }

    [Fact]
    public async Task A_message_passed_on_for_someone_else_is_asked_about_not_run()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("王芳叫我转告你 她手机换了 邀请码用不了").ExpectReply("邀请码");
        Assert.Matches("你是想|没有办理任何事", branch.Secretary.LastReplyText);
    }
}
