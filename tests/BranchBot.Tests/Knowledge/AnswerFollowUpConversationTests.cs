using BranchBot.Core.Knowledge.Focus;
using BranchBot.Dialogs.Knowledge;
using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// Follow-ups after a rules or dues answer (issue 13): "那我一年交多少", "一个季度呢", "退休了呢" right after "我工资6000
/// 党费交多少" are read against that answer (the income reused, the period answered), never taken for a reply to a
/// broadcast; a rules follow-up ("那能延长吗") is looked up with the question before it. Read cold, later on, they are not.
/// </summary>
public class AnswerFollowUpConversationTests
{
    [Fact]
    public async Task After_a_dues_answer_the_period_asked_reuses_the_income()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.ChenJing.Send("我工资6000 党费交多少").ExpectReply("每月应交党费90元");
        branch.ChenJing.Send("那我一年交多少").ExpectReply("按税后月工资6000元计算，每月应交党费90元，一年合计1080元");
        branch.ChenJing.Send("一个季度呢").ExpectReply("一个季度合计270元");
        branch.ChenJing.Send("那8000呢").ExpectReply("每月应交党费120元");
        branch.ChenJing.Send("退休了呢").ExpectReply("退休后按每月离退休费计算");
        branch.ChenJing.Send("退休金4500一个月").ExpectReply("每月应交党费22.5元");
        branch.ChenJing.Send("半年呢").ExpectReply("按月离退休费4500元计算，每月应交党费22.5元，半年合计135元");
    }

    [Fact]
    public async Task A_follow_up_after_a_broadcast_and_a_dues_answer_is_about_the_dues_not_a_reply_to_the_broadcast()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("广播 本周五前请大家交齐十一月党费").ExpectReply("发给谁").Send("全体党员").ExpectReply("回执")
            .Send("否").ExpectReply("什么时候发送").Send("立即发送").ExpectReply("请确认广播")
            .Send("确认").ExpectReply("已");
        branch.ChenJing.ExpectNotification("本周五前请大家交齐十一月党费");

        branch.ChenJing.Send("我工资6000 党费交多少").ExpectReply("每月应交党费90元");
        branch.ChenJing.Send("那我一年交多少").ExpectReplyNotContaining("一年合计1080元", "回复");
        branch.ChenJing.Send("那我现在每月交多少").ExpectReplyNotContaining("按税后月工资6000元计算", "回复");
        branch.ChenJing.Send("一个月交多少").ExpectReplyNotContaining("每月应交党费90元", "回复");
    }

    [Fact]
    public async Task A_question_of_its_own_after_a_dues_answer_is_not_read_as_a_dues_follow_up()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        // It used to get "预备党员按同样的标准交纳。按税后月工资6000元计算…".
        branch.ChenJing.Send("我工资6000 党费交多少").ExpectReply("每月应交党费90元");
        branch.ChenJing.Send("预备党员能投票吗").ExpectReplyNotContaining("表决权", "6000");
    }

    [Fact]
    public async Task A_rules_follow_up_is_looked_up_with_the_question_before_it()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.ChenJing.Send("预备期是多长时间").ExpectReply("依据：");
        branch.ChenJing.Send("那能延长吗").ExpectReply("延长");
    }

    [Fact]
    public async Task Long_after_the_answer_a_follow_up_is_read_cold()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.ChenJing.Send("我工资6000 党费交多少").ExpectReply("每月应交党费90元");
        bot.Clock.Advance(AnswerFocus.Lasts + TimeSpan.FromMinutes(1));
        branch.ChenJing.Send("那我一年交多少").ExpectReplyNotContaining(string.Empty, "1080");
    }

    [Theory]
    [InlineData("那我一年交多少", 12, null, false)]
    [InlineData("一个季度呢", 3, null, false)]
    [InlineData("两个月呢", 2, null, false)]
    [InlineData("那预备党员呢", null, null, true)]
    [InlineData("那8000呢", null, 8000, false)]
    public void A_dues_follow_up_reads_the_period_the_income_and_the_payer(string text, int? months, int? income, bool preparatory)
    {
        var read = DuesFollowUp.Read(text);

        Assert.NotNull(read);
        Assert.Equal(months, read!.Months);
        Assert.Equal(income, read.MonthlyIncome is { } amount ? (int)amount : null);
        Assert.Equal(preparatory, read.Preparatory);
    }

    [Theory]
    [InlineData("那我请假")]
    [InlineData("好的")]
    [InlineData("我工资6000 党费交多少")]
    [InlineData("预备党员能投票吗")]
    [InlineData("退休了还能当支委吗")]
    public void A_sentence_that_says_no_period_payer_or_income_is_no_dues_follow_up(string text) => Assert.Null(DuesFollowUp.Read(text));

    [Theory]
    [InlineData("那预备党员呢", true)]
    [InlineData("要多久", true)]
    [InlineData("那能延长吗", true)]
    [InlineData("预备党员能参加表决吗", false)]
    [InlineData("签到", false)]
    public void An_elliptical_follow_up_says_too_little_to_stand_alone(string text, bool elliptical) =>
        Assert.Equal(elliptical, AnswerFollowUpHandler.IsElliptical(text));
}
