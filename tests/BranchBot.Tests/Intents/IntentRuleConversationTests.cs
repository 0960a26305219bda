using BranchBot.Core.Membership;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// Every intent rule through the real bot: a sentence in a member's words gets what the typed command gives (for a
/// command that only shows something or has its own preview), or the typed command offered as a button (for one that
/// would write at once), and nothing is stored before the press.
/// </summary>
public class IntentRuleConversationTests
{
    [Theory]
    [InlineData("三会一课开够了没有", "台账")]
    [InlineData("把党员花名册调出来看看", "党员名单")]
    [InlineData("看下我的个人资料", "我的信息")]
    [InlineData("谈心谈话的进度怎么样", "谈心情况")]
    [InlineData("之前发过哪些广播", "广播记录")]
    [InlineData("有没有新的广播", "我的通知")]
    [InlineData("下周有什么安排", "近期安排")]
    public async Task A_sentence_that_asks_to_see_something_shows_what_the_typed_command_shows(string sentence, string typed)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send(typed).ExpectReply(string.Empty);
        var shown = branch.Secretary.LastReplyText;

        branch.Secretary.Send(sentence).ExpectReply(shown);
    }

    [Theory]
    [InlineData("帮我把今年还没谈的谈心排一排", "谈心安排")]
    [InlineData("把张丽华从支部名单里删掉", "移除党员 张丽华")]
    [InlineData("十月份开过的党员大会还没录进系统，补一下", "补录 党员大会")]
    [InlineData("昨天找陈静聊过了，记一下", "记录谈心 陈静")]
    [InlineData("周五的支委会撤销吧", "取消会议 1")]
    [InlineData("想和支部聊聊最近学习上的想法", "谈心")]
    public async Task A_sentence_for_a_command_with_its_own_preview_opens_that_preview(string sentence, string typed)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send(typed).ExpectReply(string.Empty);
        var preview = branch.Secretary.LastReplyText;
        branch.Secretary.Send("取消").SkipReplies();

        branch.Secretary.Send(sentence).ExpectReply(preview);
        branch.Secretary.Send("取消").SkipReplies();
    }

    [Theory]
    [InlineData("把王芳分到第一党小组", "设置党小组 王芳 第一党小组")]
    [InlineData("给陈静发个新的邀请码", "邀请码 陈静")]
    [InlineData("我想匿名提个建议，学习会能不能短一点", "匿名建议 学习会能不能短一点")]
    [InlineData("帮我把支委会的纪要写一下", "会议记录")]
    public async Task A_sentence_for_a_command_that_writes_at_once_only_offers_it(string sentence, string offered)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send(sentence).ExpectReply($"你是想「{offered}」吗？").WithButtons(offered);
        branch.ChenJing.ExpectNoMoreReplies();
        Assert.Null((await bot.Membership.ListMembersAsync(CancellationToken.None)).Single(m => m.Name == "王芳").GroupId);
    }

    [Fact]
    public async Task Asking_for_the_calendar_in_words_gives_the_private_link()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("帮我把会议同步到日历").ExpectReply(".ics");
    }

    [Theory]
    [InlineData("支委会")]
    [InlineData("王芳")]
    [InlineData("后天上午十点")]
    [InlineData("把会改一下")]
    public async Task A_message_that_only_points_at_something_is_asked_about(string sentence)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send(sentence).ExpectReply("你是想");
    }
}
