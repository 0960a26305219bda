using BranchBot.BotFramework.Schema;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Membership;

public class HelpConversationTests
{
    [Fact]
    public async Task Help_for_a_secretary_groups_the_membership_commands_under_one_topic()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch().Send("帮助").ExpectReply("你好，王书记（书记）！\n我可以帮你")
            .WithButtonsIncluding("帮助 成员").WithoutButton("添加党员").WithoutButton("加入支部")
            .Send("帮助 成员").ExpectReply("【成员与支部】")
            .WithButtons("我的信息", "党员名单", "添加党员", "生成邀请码", "移除党员", "转接", "设置角色", "设置党小组");
    }

    [Fact]
    public async Task Help_for_a_member_leaves_out_committee_commands()
    {
        await using var bot = new BotHarness();
        var member = bot.JoinedMember(bot.ClaimedBranch(), "zhang", "张三");
        member.Send("帮助").ExpectReply("你好，张三（党员）")
            .WithButtonsIncluding("近期安排", "帮助 成员").WithoutButton("添加党员").WithoutButton("设置角色").WithoutButton("台账")
            .Send("帮助 成员").ExpectReply("【成员与支部】").WithButtons("我的信息");
    }

    [Fact]
    public async Task Help_for_a_stranger_explains_how_to_join()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch();
        bot.User("stranger").Send("帮助").ExpectReply("加入 邀请码").WithButtons("加入支部");
    }

    [Fact]
    public async Task Help_inside_a_dialog_answers_and_asks_the_question_again()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch()
            .Send("添加党员").ExpectReply("请输入要添加的党员姓名")
            .Send("帮助").ExpectReply("我可以帮你").ExpectReply("请输入要添加的党员姓名")
            .Send("孙八").ExpectReply("已添加党员「孙八」");
    }

    [Fact]
    public async Task Cancel_leaves_any_dialog()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch()
            .Send("添加党员").ExpectReply("请输入")
            .Send("取消").ExpectReply("已取消当前操作")
            .Send("取消").ExpectReply("当前没有进行中的操作")
            .Send("我的信息").ExpectReply("姓名：王书记");
    }

    [Fact]
    public async Task Unknown_text_is_answered_with_help_buttons()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch().Send("试一下").ExpectReply("抱歉，我没有理解「试一下」。你可以试试").WithButtonsIncluding("帮助");
    }

    [Fact]
    public async Task A_message_without_text_is_told_only_text_is_understood()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch().Deliver(new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "https://example.invalid/a.png" }],
        }).ExpectReply("只能处理文字消息");
    }

    [Theory]
    [InlineData("？？？")]
    [InlineData("。。。")]
    public async Task Punctuation_alone_is_text_answered_with_what_the_bot_can_do(string typed)
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send(typed).ExpectReply($"抱歉，我没有理解「{typed}」").WithButtonsIncluding("近期安排");
        Assert.DoesNotContain("只能处理文字消息", secretary.LastReplyText, StringComparison.Ordinal);

        secretary.Send("广播").ExpectReply("要广播的内容");
        secretary.Send(typed).ExpectReply("要广播的内容");
    }

    [Theory]
    [InlineData("谢谢")]
    [InlineData("谢谢书记！")]
    [InlineData("好的谢谢")]
    [InlineData("辛苦了🙏")]
    [InlineData("麻烦您了")]
    [InlineData("收到，辛苦了")]
    public async Task Thanks_on_their_own_are_answered_in_a_word(string typed)
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send(typed).ExpectReply("不客气！有需要随时找我。").ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("谢谢，帮我请个假")]
    [InlineData("麻烦帮我看看近期安排")]
    public async Task Thanks_beside_a_request_leave_the_request_to_be_read(string typed)
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send(typed).ExpectReplyNotContaining(string.Empty, "不客气");
    }

    [Fact]
    public async Task A_greeting_is_answered_by_name_and_who_are_you_with_what_the_bot_is()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("你好！").ExpectReply("你好，王书记（书记）！需要做什么？")
            .WithButtons("近期安排", "安排会议", "台账", "广播", "待答问题", "帮助");
        Assert.DoesNotContain("\n", secretary.LastReplyText, StringComparison.Ordinal);
        secretary.Send("你是谁呀").ExpectReply("党支部助手").WithButtonsIncluding("近期安排", "帮助");
        Assert.DoesNotContain("\n", secretary.LastReplyText, StringComparison.Ordinal);
        secretary.Send("你能做什么").ExpectReply("我可以帮你做这些事");
        bot.User("stranger").Send("您好").ExpectReply("你还没有加入本支部");
    }

    [Fact]
    public async Task A_new_member_in_the_conversation_is_welcomed()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch();
        bot.User("newcomer").Deliver(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [new ChannelAccount { Id = "newcomer" }, new ChannelAccount { Id = "bot" }],
        }).ExpectReply("我是「机关第一党支部」的党支部助手").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Only_the_bot_joining_is_not_welcomed()
    {
        await using var bot = new BotHarness();
        bot.User("someone").Deliver(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [new ChannelAccount { Id = "bot" }],
        }).ExpectNoMoreReplies();
    }

    [Fact]
    public async Task The_sender_address_is_kept_for_later_proactive_messages()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch();
        var store = (BranchBot.Core.Conversations.IChatAddressStore)bot.Services.GetService(typeof(BranchBot.Core.Conversations.IChatAddressStore))!;
        var address = await store.GetAsync("test", "secretary", CancellationToken.None);
        Assert.NotNull(address);
        Assert.Equal("conv-test-secretary", address!.ConversationId);
        Assert.Equal("https://channel.test/", address.ServiceUrl);
    }
}
