using BranchBot.Core.Knowledge;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Knowledge;

public class KnowledgeConversationTests
{
    [Fact]
    public async Task A_rules_question_in_free_text_is_answered_with_its_source()
    {
        await using var bot = new BotHarness();

        var secretary = bot.ClaimedBranch().Send("支委会一个月得开几回？").ExpectReply("支部委员会会议一般每月召开1次");

        Assert.Contains("依据：《中国共产党支部工作条例（试行）》第", secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_answers_yes_or_no_is_said_with_the_verb_the_member_asked_with()
    {
        await using var bot = new BotHarness();

        var member = bot.ClaimedBranch().Send("预备党员能投票吗").ExpectReply("不能。预备党员");
        Assert.DoesNotContain("没有。", member.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("预备党员能投票不", "预备党员的权利")]
    [InlineData("预备党员算不算正式党员", "预备党员")]
    public async Task A_question_closed_by_a_bare_not_is_still_a_question(string question, string expected)
    {
        // "预备党员能投票不" was "没有理解": only 吗, 可以, 能不能… marked a question, not a verb closed by 不 or 算不算.
        await using var bot = new BotHarness();

        var member = bot.ClaimedBranch().Send(question).ExpectReply(expected);
        Assert.DoesNotContain("没有理解", member.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_asking_two_things_gets_both_answers_one_after_the_other_each_with_its_source()
    {
        await using var bot = new BotHarness();

        var member = bot.ClaimedBranch().Send("党课一年要上几次，是不是必须书记讲").ExpectReply("你问了两件事，分开回答")
            .WithButtonsIncluding("有用");

        var reply = member.LastReplyText;
        var first = reply.IndexOf("1. 关于「党课一年要上几次」", StringComparison.Ordinal);
        var second = reply.IndexOf("2. 关于「是不是必须书记讲」", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, reply);
        Assert.Equal(2, reply.Split("依据：").Length - 1);
    }

    [Fact]
    public async Task A_question_asking_two_things_whose_second_part_has_no_sure_rule_gets_the_first_answer_and_says_so_for_the_second()
    {
        await using var bot = new BotHarness();

        var member = bot.ClaimedBranch().Send("留党察看的人有没有投票权 还用交党费吗").ExpectReply("你问了两件事，分开回答");

        var reply = member.LastReplyText;
        var first = reply.IndexOf("1. 关于「留党察看的人有没有投票权」", StringComparison.Ordinal);
        var second = reply.IndexOf("2. 关于「还用交党费吗」：\n这一问没有找到确切规定", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, reply);
        Assert.Equal(1, reply.Split("依据：").Length - 1);
        Assert.DoesNotContain("入党积极分子", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rules_question_without_a_close_rule_offers_the_closest_questions_as_buttons()
    {
        await using var bot = new BotHarness(services => services.Configure<KnowledgeOptions>(o => o.AnswerThreshold = 2));

        bot.ClaimedBranch().Send("支委会一个月得开几回？").ExpectReply("没有找到确切规定")
            .WithButtonsIncluding("支委会多长时间开一次？");
    }

    [Fact]
    public async Task A_question_on_an_uncovered_topic_sharing_words_with_an_entry_gets_no_exact_rule_the_closest_questions_and_forwarding()
    {
        await using var bot = new BotHarness();

        bot.ClaimedBranch().Send("党费能抵扣个人所得税吗").ExpectReplyNotContaining("没有找到确切规定", "依据：")
            .WithButtonsIncluding("转交书记");
    }

    [Theory]
    [InlineData("我要转组织关系，去上海工作了", "组织关系")]
    [InlineData("我想入党", "入党")]
    public async Task A_need_stated_on_the_rules_business_gets_the_closest_rules_as_buttons_never_an_answer(string statement, string topic)
    {
        // Issue 13: "我要转组织关系，去上海工作了" got "没有理解" with 我的日历 and 帮助 as buttons: not question-shaped. Answered
        // directly, a statement got a rule it did not ask for: a statement only gets the rules to pick from. ("我想看看上次会议记录"
        // is 往期会议 now: PastMeetingsConversationTests.)
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch().Send(statement).ExpectReplyNotContaining("这些规定也许用得上", "依据：");
        var buttons = secretary.LastReply!.SuggestedActions?.Actions.Select(a => a.Title ?? string.Empty).ToList() ?? [];
        Assert.Contains(buttons, title => title.Contains(topic, StringComparison.Ordinal));
        Assert.Contains("转交书记", buttons);
    }

    [Fact]
    public async Task A_need_stated_outside_the_rules_keeps_the_not_understood_reply()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch().Send("我想换个新手机").ExpectReply("没有理解");
    }

    [Fact]
    public async Task A_question_outside_party_rules_is_declined_politely_with_a_pointer_to_help()
    {
        await using var bot = new BotHarness();

        var secretary = bot.ClaimedBranch().Send("今天天气怎么样").ExpectReply("只能回答党支部工作和党内规定方面的问题");

        Assert.Contains("发送「帮助」查看我能做的事。", secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ask_command_forces_a_lookup_and_asks_for_the_question_when_it_is_missing()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();

        secretary.Send("问 党费是按税后工资算").ExpectReply("依据：");
        secretary.Send("问").ExpectReply("请在「问」后面写上你的问题");
    }
}
