using BranchBot.BotFramework.Schema;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static BranchBot.Tests.Calendar.CalendarTestSupport;

namespace BranchBot.Tests.Calendar;

public class CalendarConversationTests
{
    [Fact]
    public async Task A_member_gets_a_private_link_with_subscription_instructions()
    {
        await using var bot = new BotHarness();
        var member = bot.JoinedMember(bot.ClaimedBranch(), "zhang", "张三");

        member.Send("我的日历")
            .ExpectReply("你的组织生活日历订阅链接（仅限本人使用，请勿转发）：\nhttps://branch.example.cn/calendar/")
            .ExpectNoMoreReplies();

        var reply = member.LastReplyText;
        Assert.Contains("设置 → 日历 → 账户", reply, StringComparison.Ordinal);
        Assert.Contains("添加已订阅的日历", reply, StringComparison.Ordinal);
        Assert.Contains("· 安卓手机：在日历应用中选择“添加日历/订阅日历”", reply, StringComparison.Ordinal);
        Assert.Contains("Outlook", reply, StringComparison.Ordinal);
        Assert.Contains("重置日历链接", reply, StringComparison.Ordinal);
        Assert.NotNull(await bot.FeedAsync(TokenIn(reply)));
    }

    [Fact]
    public async Task Asking_again_does_not_show_the_link_again_but_keeps_it_working()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var token = secretary.CalendarToken();

        secretary.Send("我的日历").ExpectReplyNotContaining("你已经领取过日历订阅链接。为保护隐私，服务器不保存链接本身，无法再次显示。", "/calendar/");

        Assert.Contains("重置日历链接", secretary.LastReplyText, StringComparison.Ordinal);
        Assert.NotNull(await bot.FeedAsync(token));
    }

    [Fact]
    public async Task Resetting_the_link_revokes_the_old_one()
    {
        await using var bot = new BotHarness();
        var member = bot.JoinedMember(bot.ClaimedBranch(), "zhang", "张三");
        var old = member.CalendarToken();

        member.Send("重置日历链接").ExpectReply("已重置日历链接，旧链接已失效。新的订阅链接：\nhttps://branch.example.cn/calendar/");
        var renewed = TokenIn(member.LastReplyText);

        Assert.NotEqual(old, renewed);
        Assert.Null(await bot.FeedAsync(old));
        Assert.NotNull(await bot.FeedAsync(renewed));
    }

    [Fact]
    public async Task The_link_uses_the_configured_public_url()
    {
        await using var bot = new BotHarness(services =>
            services.Configure<BranchBot.Core.BranchBotOptions>(o => o.PublicUrl = "https://dangjian.example.cn/bot/"));

        bot.ClaimedBranch().Send("我的日历").ExpectReply("\nhttps://dangjian.example.cn/bot/calendar/");
    }

    [Fact]
    public async Task Someone_who_is_not_a_member_gets_no_link()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch();

        bot.User("stranger").Send("我的日历").ExpectReplyNotContaining("还没有加入", "/calendar/");
    }

    [Fact]
    public async Task The_link_is_not_posted_in_a_group_chat()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();

        secretary.Deliver(new Activity
        {
            Type = ActivityTypes.Message,
            Text = "我的日历",
            Conversation = new ConversationAccount { Id = secretary.ConversationId, IsGroup = true },
        }).ExpectReplyNotContaining("请在与我的私聊中发送「我的日历」", "/calendar/");
    }

    [Fact]
    public async Task Help_offers_the_calendar_to_members()
    {
        await using var bot = new BotHarness();
        bot.JoinedMember(bot.ClaimedBranch(), "zhang", "张三").Send("帮助 会议").ExpectReply("我的日历").WithButtonsIncluding("我的日历");
    }
}
