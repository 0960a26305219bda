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

    /// <summary>Whether, where, when and about what one's own meetings are: 近期安排, not a rules question.</summary>
    [Theory]
    [InlineData("下周有组织生活吗")]
    [InlineData("这周有没有主题党日")]
    [InlineData("开会地点在哪")]
    [InlineData("党员大会的会议室在哪")]
    [InlineData("会议在哪儿")]
    [InlineData("下周三开会我还用去吗")]
    [InlineData("支部会是啥时候")]
    [InlineData("党课啥时候上")]
    [InlineData("下次党员大会讲什么")]
    [InlineData("这个月的主题党日搞什么活动")]
    [InlineData("下周的会主题是啥")]
    [InlineData("周三开会在哪来着")]
    [InlineData("下周三开会在哪儿来着？")]
    [InlineData("党课啥时候上来着")]
    public async Task Asking_about_ones_own_meetings_shows_the_upcoming_meetings(string question)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("近期安排").ExpectReply(string.Empty);
        var upcoming = branch.ChenJing.LastReplyText;
        // The meetings themselves; a question naming a kind heads them "你近期有 1 次党员大会" (or says there is none first).
        branch.ChenJing.Send(question).ExpectReply(upcoming[(upcoming.IndexOf('\n', StringComparison.Ordinal) + 1)..]);
    }

    [Fact]
    public async Task A_meetings_everyday_name_left_beside_the_reason_is_not_part_of_it()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("我下周三出差，支部会去不了").ExpectReplyNotContaining("出差", "支部会");
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

    [Theory]
    [InlineData("我们支部书记是谁")]
    [InlineData("组织委员是谁")]
    [InlineData("我们党小组长是谁")]
    [InlineData("支委都有谁")]
    public async Task Asking_who_holds_an_office_names_the_committee(string question)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send(question).ExpectReply("支部委员：书记 王书记");
    }

    [Theory]
    [InlineData("书记是谁选的")]
    [InlineData("我的党龄从什么时候算")]
    [InlineData("主题党日一般搞什么活动")]
    public async Task Asking_how_offices_are_filled_or_counted_stays_a_rules_question(string question)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send(question).ExpectReplyNotContaining(string.Empty, "支部委员：");
        Assert.DoesNotContain("你近期有", branch.ChenJing.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我的党龄多少年了")]
    [InlineData("我什么时候入党的")]
    [InlineData("我转正了没有")]
    [InlineData("我什么时候转正的")]
    [InlineData("我是哪年转的正")]
    [InlineData("我的组织关系在哪")]
    public async Task Asking_about_ones_own_party_record_says_where_it_is_kept(string question)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send(question).ExpectReply("以支部的党员档案为准");
    }
}
