using BranchBot.Dialogs.Intents.Rules;
using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Talks;

/// <summary>
/// 谈心 takes what the member already said (issue 13): "我想跟书记谈谈心，最近工作压力大，家里老人也病了" starts the 谈心
/// conversation with that as the first answer, instead of asking the member to type it again; a bare wish to talk to
/// the 书记 is still 约谈心.
/// </summary>
public class TalkTakesWhatWasSaidTests
{
    [Fact]
    public async Task A_wish_to_talk_that_says_what_about_starts_the_talk_with_it_as_the_first_answer()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.ChenJing.Send("我想跟书记谈谈心，最近工作压力大，家里老人也病了")
            .ExpectReply("你刚才说的已经记下，作为「近期思想和学习情况」的回答");
        branch.ChenJing.Send("不用了").ExpectReply("工作上最近有没有遇到什么困难");
        branch.ChenJing.Send("跳过").ExpectReply("生活上");
        branch.ChenJing.Send("跳过").ExpectReply("意见或建议");
        branch.ChenJing.Send("跳过").ExpectReply("最近工作压力大，家里老人也病了");
    }

    [Fact]
    public async Task A_wish_to_talk_that_tells_a_worry_in_other_words_is_the_talk_not_a_request_to_the_secretary()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.ChenJing.Send("想跟书记谈谈，这阵子带孩子加上项目赶工，整个人很焦虑")
            .ExpectReplyNotContaining("你刚才说的已经记下", "谈心谈话一般当面进行");
    }

    [Fact]
    public async Task A_bare_wish_to_talk_to_the_secretary_is_still_the_request_to_them()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.ChenJing.Send("我想找书记谈谈心").ExpectReply("谈心谈话一般当面进行");
    }

    [Theory]
    [InlineData("我想跟书记谈谈心，最近工作压力大，家里老人也病了", "最近工作压力大，家里老人也病了")]
    [InlineData("想跟书记聊聊最近工作上的困难", null)]
    [InlineData("想和支部聊聊最近学习上的想法", null)]
    [InlineData("想跟你汇报一下最近的学习情况", null)]
    [InlineData("想跟书记聊聊，最近工作上困难挺多的，项目老延期", "最近工作上困难挺多的，项目老延期")]
    [InlineData("书记您好，想找您聊聊，孩子高考压力很大", "孩子高考压力很大")]
    [InlineData("我想谈心", null)]
    [InlineData("开始谈心", null)]
    public void What_was_said_beside_the_request_is_the_content(string typed, string? content) =>
        Assert.Equal(content, TalkContent.Of(typed));
}
