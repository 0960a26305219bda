using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// "你是想…吗？" is answered by the next message only while it is still the last thing the member was asked: a
/// broadcast arriving in between, or half a day passing, makes a later 好的 or 是 mean something else.
/// </summary>
public class StaleOfferTests
{
    [Theory]
    [InlineData("好嘞 知道了")]
    [InlineData("好的")]
    public async Task A_broadcast_after_a_leave_offer_takes_the_acknowledgement_and_no_leave_is_offered(string typed)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("下周三的会我去不了").ExpectReply("你是想「请假 下周三党员大会」吗？");
        bot.Clock.Advance(TimeSpan.FromMinutes(20));
        SendBroadcast(branch, "周三下午的党员大会记得带笔记本");
        bot.DeliverOutbox();

        branch.ChenJing.ExpectNotification("记得带笔记本").Send(typed).ExpectReply("已确认收到广播 #1，谢谢");
        Assert.DoesNotContain("请假", branch.ChenJing.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_yes_typed_the_next_day_does_not_answer_yesterdays_offer()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("下周三的会我去不了").ExpectReply("你是想「请假 下周三党员大会」吗？");
        bot.Clock.Advance(IntentOfferAnswerHandler.OfferLifetime + TimeSpan.FromMinutes(1));

        branch.ChenJing.Send("是").ExpectReply(string.Empty);
        Assert.DoesNotContain("请假", branch.ChenJing.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_yes_typed_soon_after_still_answers_the_offer()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("下周三的会我去不了").ExpectReply("你是想「请假 下周三党员大会」吗？");
        bot.Clock.Advance(TimeSpan.FromHours(2));

        branch.ChenJing.Send("是的").ExpectReply("请点下面的「请假 下周三党员大会」");
    }

    private static void SendBroadcast(IntentBranch branch, string text) =>
        branch.Secretary.Send($"广播 {text}").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗")
            .Send("是").ExpectReply("什么时候发送")
            .Send("立即发送").ExpectReply("请确认广播")
            .Send("确认").ExpectReply("已开始发送");
}
