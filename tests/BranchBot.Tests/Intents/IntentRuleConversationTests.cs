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
    [InlineData("这个季度党课开了没", "台账 本季度 党课")]
    [InlineData("今年组织生活会开过了吗", "台账 今年 组织生活会")]
    [InlineData("把党员花名册调出来看看", "党员名单")]
    [InlineData("看下我的个人资料", "我的信息")]
    [InlineData("谈心谈话的进度怎么样", "谈心情况")]
    [InlineData("之前发过哪些广播", "广播记录")]
    [InlineData("有没有新的广播", "我的通知")]
    [InlineData("最近的通知给我看看", "我的通知")]
    [InlineData("下周有什么安排", "近期安排 下周")]
    [InlineData("查一下最近的会议", "近期安排")]
    [InlineData("你都能做些什么", "帮助")]
    [InlineData("会议相关的功能有哪些", "帮助 会议")]
    [InlineData("上周发过的通知大家都收到了吗", "广播记录")]
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
    [InlineData("想跟你汇报一下最近的学习情况", "谈心")]
    [InlineData("党员大会往前挪到12.1，其他不变", "修改会议 2 时间 12月1日")]
    [InlineData("支委会地点改一下，改到党员活动室", "修改会议 1 地点 党员活动室")]
    [InlineData("取消第一个会", "取消会议 1")]
    [InlineData("周五的支委会先取消，改天再说", "取消会议 1")]
    [InlineData("下周一晚上7点开个支委会吧，三楼小会议室", "安排 支委会 11月30日晚上7点 三楼小会议室")]
    [InlineData("帮我定一下下周四的支委会，时间晚上八点，地点在线上", "安排 支委会 12月3日晚上8点 线上")]
    [InlineData("我们得开个会", "安排")]
    [InlineData("后天晚上支委会，8点，会议室B203", "安排 支委会 11月27日晚上8点 会议室B203")]
    [InlineData("下周二晚上在线上开个支委会吧，7点开始", "安排 支委会 12月1日晚上7点 线上")]
    [InlineData("支委会往后推一个小时", "修改会议 1 时间 11月27日晚上8点")]
    [InlineData("党员大会提前半小时", "修改会议 2 时间 12月2日下午2点")]
    [InlineData("把党员大会往后推一天", "修改会议 2 时间 12月3日下午2点半")]
    [InlineData("支委会改到明天同一时间", "修改会议 1 时间 11月26日晚上7点")]
    [InlineData("支委会是19:30不是19:00，帮我改下", "修改会议 1 时间 11月27日晚上7点半")]
    [InlineData("支委会时间写错了，应该是晚上8点", "修改会议 1 时间 11月27日晚上8点")]
    [InlineData("党员大会地点不是三楼，是五楼会议室", "修改会议 2 地点 五楼会议室")]
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
    [InlineData("把吴敏拉进支部来", "添加党员 吴敏")]
    [InlineData("王芳改成普通党员，不再当党小组长了", "设置角色 王芳 党员")]
    [InlineData("给我登记出席", "签到 11月27日支委会")]
    [InlineData("报到", "签到 11月27日支委会")]
    [InlineData("新同志林芳加到第二党小组", "添加党员 林芳 第二党小组")]
    [InlineData("把陈静从支委改为普通党员", "设置角色 陈静 党员")]
    public async Task A_sentence_for_a_command_that_writes_at_once_only_offers_it(string sentence, string offered)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        // 11-27 18:40 in Shanghai: the 支委会's check-in is open, so 签到 would write (outside it, it is told when it opens).
        bot.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 10, 40, 0, TimeSpan.Zero));
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
    [InlineData("周五那个会我有点事")]
    [InlineData("支委会要不要往后推一推")]
    [InlineData("党员大会是不是得取消")]
    [InlineData("跟大家说一下")]
    [InlineData("聊一聊吧")]
    [InlineData("陈静不干支委了")]
    [InlineData("刘洋的党小组长不当了")]
    [InlineData("那个会我去不去呢")]
    [InlineData("党员大会能不能提前半小时")]
    public async Task A_message_that_only_points_at_something_is_asked_about(string sentence)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send(sentence).ExpectReply("你是想");
    }
}
