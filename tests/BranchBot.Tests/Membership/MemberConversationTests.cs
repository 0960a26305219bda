using BranchBot.Core.Membership;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Membership;

public class MemberConversationTests
{
    [Fact]
    public async Task The_secretary_adds_a_member_who_joins_with_the_invite_code()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("添加党员 张三 第一党小组").ExpectReply("支部还没有党小组「第一党小组」，还没有添加「张三」。要新建「第一党小组」吗？")
            .WithButtons("新建 第一党小组", "暂不分党小组")
            .Send("新建 第一党小组").ExpectReply("已添加党员「张三」，已新建党小组「第一党小组」");
        var code = ConversationScript.InviteCodeIn(secretary.LastReplyText);

        bot.User("zhang", "张三")
            .Send("我的信息").ExpectReply("你还没有加入本支部")
            .Send($"加入 {code}").ExpectReply("欢迎你，张三同志").WithButtons("帮助", "我的信息")
            .Send("我的信息").ExpectReply("党小组：第一党小组");
    }

    [Theory]
    [InlineData("{0} 张三", false)]
    [InlineData("{0}张三", false)]
    [InlineData("{0} 刘洋", true)]
    public async Task A_name_typed_after_the_code_is_not_read_as_part_of_it(string typed, bool otherName)
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("添加党员 张三").ExpectReply("邀请码");
        var code = ConversationScript.InviteCodeIn(secretary.LastReplyText);

        var member = bot.User("zhang").Send("加入 " + string.Format(System.Globalization.CultureInfo.InvariantCulture, typed, code)).ExpectReply("欢迎你，张三同志");
        Assert.Equal(otherName, member.LastReplyText.Contains("你输入的姓名是「刘洋」", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("添加党员：张丽华，第一党小组")]
    [InlineData("添加党员 张丽华、第一党小组")]
    [InlineData("添加党员张丽华, 第一党小组")]
    public async Task Chinese_punctuation_separates_the_name_from_the_group(string line)
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();

        secretary.Send(line).ExpectReply("要新建「第一党小组」吗")
            .Send("新建").ExpectReply("已添加党员「张丽华」，已新建党小组「第一党小组」");
    }

    [Theory]
    [InlineData("添加党员 赵磊 孙敏")]
    [InlineData("添加党员 赵磊、孙敏")]
    [InlineData("添加党员：赵磊，孙敏")]
    public async Task Two_names_at_once_add_nobody_and_say_how_to_add_each(string line)
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();

        secretary.Send(line).ExpectReply("「孙敏」不是现有的党小组")
            .Send("添加党员 赵磊").ExpectReply("已添加党员「赵磊」")
            .Send("添加党员 孙敏").ExpectReply("已添加党员「孙敏」");
    }

    [Fact]
    public async Task Three_names_at_once_add_nobody_and_make_no_group_of_the_other_two()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();

        secretary.Send("添加党员 陈静 王芳 张丽华").ExpectReply("「王芳」「张丽华」不是现有的党小组，看起来是其他党员的姓名");
        Assert.Contains("「添加党员 张丽华」", secretary.LastReplyText, StringComparison.Ordinal);
        secretary.Send("添加党员 陈静").ExpectReply("已添加党员「陈静」。");
    }

    [Theory]
    [InlineData("添加党员 何志强 二组")]
    [InlineData("添加党员 何志强 2组")]
    [InlineData("添加党员 何志强 第2党小组")]
    public async Task A_short_form_of_an_existing_group_is_that_group_not_a_new_one(string line)
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("添加党员 张三 第二党小组").ExpectReply("要新建").Send("新建 第二党小组").ExpectReply("已新建党小组「第二党小组」");

        secretary.Send(line).ExpectReply("已添加党员「何志强」，党小组「第二党小组」");
        Assert.DoesNotContain("新建", secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_that_does_not_exist_is_asked_about_never_created_silently()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("添加党员 张三 第一党小组").ExpectReply("要新建").Send("新建 第一党小组").ExpectReply("已新建党小组「第一党小组」");

        secretary.Send("新增党员 何志强 二组").ExpectReply("支部还没有党小组「二组」，还没有添加「何志强」")
            .WithButtons("新建 二组", "第一党小组", "暂不分党小组");
        Assert.Single(await bot.Membership.ListGroupsAsync(CancellationToken.None));
        Assert.Null(await bot.Membership.FindByNameAsync("何志强", CancellationToken.None));

        secretary.Send("第一党小组").ExpectReply("已添加党员「何志强」，党小组「第一党小组」");
        Assert.Single(await bot.Membership.ListGroupsAsync(CancellationToken.None));

        secretary.Send("添加党员 刘洋 三组").ExpectReply("要新建「三组」吗")
            .Send("暂不分党小组").ExpectReply("已添加党员「刘洋」。");
        Assert.Single(await bot.Membership.ListGroupsAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("邀请码")]
    [InlineData("移除党员")]
    [InlineData("设置角色")]
    public async Task A_command_typed_where_a_name_is_asked_runs_instead_of_being_taken_for_a_name(string command)
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("添加党员 张三").ExpectReply("已添加党员「张三」");

        secretary.Send(command).ExpectReply("姓名")
            .Send("党员名单").ExpectReply("张三");
        Assert.DoesNotContain("没有找到党员", secretary.LastReplyText, StringComparison.Ordinal);

        // A name is still a name.
        secretary.Send(command).ExpectReply("姓名").Send("李四").ExpectReply("没有找到党员「李四」");
    }

    [Fact]
    public async Task An_invite_code_works_once_only()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("添加党员 张三").ExpectReply("邀请码");
        var code = ConversationScript.InviteCodeIn(secretary.LastReplyText);
        bot.User("zhang").Send($"加入 {code}").ExpectReply("欢迎你");
        bot.User("impostor").Send($"加入 {code}").ExpectReply("邀请码不正确或已被使用");
    }

    [Fact]
    public async Task An_expired_invite_is_refused_and_a_new_one_can_be_issued()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("添加党员 张三").ExpectReply("邀请码");
        var old = ConversationScript.InviteCodeIn(secretary.LastReplyText);
        bot.Clock.Advance(TimeSpan.FromDays(15));
        bot.User("zhang").Send($"加入 {old}").ExpectReply("邀请码已过期");

        secretary.Send("邀请码 张三").ExpectReply("邀请码：");
        var renewed = ConversationScript.InviteCodeIn(secretary.LastReplyText);
        bot.User("zhang").Send($"加入 {renewed}").ExpectReply("欢迎你");
    }

    [Fact]
    public async Task A_bare_join_asks_for_the_code()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("添加党员 李四").ExpectReply("邀请码");
        var code = ConversationScript.InviteCodeIn(secretary.LastReplyText);
        bot.User("li").Send("加入").ExpectReply("请输入邀请码").Send(code.ToLowerInvariant()).ExpectReply("欢迎你，李四同志");
    }

    [Fact]
    public async Task A_member_cannot_join_twice()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var member = bot.JoinedMember(secretary, "zhang", "张三");
        member.Send("加入 ABCD2345").ExpectReply("你已经是支部成员（张三）");
    }

    [Fact]
    public async Task Adding_without_a_name_asks_for_it()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch()
            .Send("添加党员").ExpectReply("请输入要添加的党员姓名")
            .Send("赵六 第二党小组").ExpectReply("要新建「第二党小组」吗")
            .Send("新建 第二党小组").ExpectReply("已添加党员「赵六」，已新建党小组「第二党小组」");
    }

    [Fact]
    public async Task A_duplicate_name_is_refused_with_a_hint()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("添加党员 张三").ExpectReply("邀请码")
            .Send("添加党员 张三").ExpectReply("已有党员「张三」");
    }

    [Fact]
    public async Task An_existing_group_is_found_by_its_short_name()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("添加党员 张三 第一党小组").ExpectReply("要新建").Send("新建 第一党小组").ExpectReply("新建党小组")
            .Send("添加党员 李四 第一").ExpectReply("党小组「第一党小组」");
        Assert.Single(await bot.Membership.ListGroupsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Committee_commands_are_refused_to_ordinary_members_and_strangers()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var member = bot.JoinedMember(secretary, "zhang", "张三");
        member.Send("添加党员 李四").ExpectReply("只有书记、副书记和支委可以使用「添加党员」");
        member.Send("设置角色 张三 书记").ExpectReply("只有支部书记可以使用「设置角色」");
        bot.User("stranger").Send("党员名单").ExpectReply("你还没有加入本支部");
    }

    [Fact]
    public async Task A_committee_member_may_add_members_but_not_set_roles()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var committee = bot.JoinedMember(secretary, "liu", "刘委员");
        secretary.Send("设置角色 刘委员 支委").ExpectReply("由党员改为支委");
        committee.ExpectNotification("你在支部中的角色已由党员改为支委");
        bot.Clock.Advance(TimeSpan.FromSeconds(10));
        committee.Send("添加党员 周七").ExpectReply("已添加党员「周七」")
            .Send("设置角色 周七 支委").ExpectReply("只有支部书记");
    }

    [Fact]
    public async Task Confirming_a_removal_again_after_the_reply_was_lost_says_it_is_done()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        bot.JoinedMember(secretary, "zhang", "张三");
        secretary.Send("移除党员 张三").ExpectReply("确认将「张三」移出支部吗")
            .SendWhileChannelFails("是")
            .Send("是").ExpectReply("「张三」已经移出支部了，不需要重复移除。");
        Assert.DoesNotContain(await bot.Membership.ListMembersAsync(CancellationToken.None), m => m.Name == "张三");
    }

    [Fact]
    public async Task Removing_a_member_asks_for_confirmation_and_unbinds_them()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var member = bot.JoinedMember(secretary, "zhang", "张三");
        secretary.Send("移除党员 张三").ExpectReply("确认将「张三」移出支部吗").WithButtons("是", "否")
            .Send("否").ExpectReply("没有移除")
            .Send("移除党员 张三").ExpectReply("确认将「张三」移出支部吗？")
            .Send("是").ExpectReply("已将「张三」移出支部");
        member.Send("我的信息").ExpectReply("你还没有加入本支部");
        Assert.DoesNotContain(await bot.Membership.ListMembersAsync(CancellationToken.None), m => m.Name == "张三");
    }

    [Fact]
    public async Task The_secretary_cannot_be_removed()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var deputy = bot.JoinedMember(secretary, "deputy", "副书记甲");
        secretary.Send("设置角色 副书记甲 副书记").ExpectReply("改为副书记");
        deputy.ExpectNotification("你在支部中的角色已由党员改为副书记");
        bot.Clock.Advance(TimeSpan.FromSeconds(10));
        deputy.Send("移除党员 王书记").ExpectReply("确认将「王书记」移出支部吗？").Send("是").ExpectReply("不能移除支部书记");
        secretary.Send("移除党员 王书记").ExpectReply("确认将「王书记」移出支部吗？").Send("确认").ExpectReply("不能移除你自己");
    }

    [Fact]
    public async Task Removing_someone_unknown_says_so()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch().Send("移除党员 无名氏").ExpectReply("没有找到党员「无名氏」");
    }

    [Fact]
    public async Task Naming_a_new_secretary_hands_the_office_over()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var successor = bot.JoinedMember(secretary, "li", "李四");
        secretary.Send("设置角色 李四 书记").ExpectReply("由党员改为书记");
        Assert.Contains("「王书记」的角色相应改为支委", secretary.LastReplyText, StringComparison.Ordinal);
        secretary.ExpectReply("你在支部中的角色已由书记改为支委").ExpectNoMoreReplies();
        successor.ExpectNotification("你在支部中的角色已由党员改为书记（王书记经聊天操作）");
        bot.Clock.Advance(TimeSpan.FromSeconds(10));
        successor.Send("我的信息").ExpectReply("角色：书记");
        secretary.Send("我的信息").ExpectReply("角色：支委");
    }

    [Fact]
    public async Task A_missing_role_is_offered_as_buttons_and_accepts_a_number()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        bot.JoinedMember(secretary, "zhang", "张三", "第一党小组");
        secretary.Send("设置角色 张三").ExpectReply("设置为什么角色").WithButtons("书记", "副书记", "支委", "党小组长", "党员")
            .Send("4").ExpectReply("改为党小组长");
    }

    [Fact]
    public async Task A_group_leader_needs_a_group_and_replaces_the_previous_leader()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("添加党员 无组者").ExpectReply("邀请码")
            .Send("设置角色 无组者 党小组长").ExpectReply("还没有分到党小组")
            .Send("添加党员 甲 一组").ExpectReply("要新建").Send("新建 一组").ExpectReply("邀请码")
            .Send("添加党员 乙 一组").ExpectReply("邀请码")
            .Send("设置角色 甲 组长").ExpectReply("改为党小组长")
            .Send("设置角色 乙 党小组长").ExpectReply("「甲」的角色相应改为党员");
    }

    [Fact]
    public async Task Moving_a_member_between_groups_offers_existing_groups()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("添加党员 甲 第一党小组").ExpectReply("要新建").Send("新建 第一党小组").ExpectReply("邀请码")
            .Send("添加党员 乙 第二党小组").ExpectReply("要新建").Send("新建 第二党小组").ExpectReply("邀请码")
            .Send("设置党小组 甲").ExpectReply("调整到哪个党小组").WithButtons("第一党小组", "第二党小组")
            .Send("第二党小组").ExpectReply("已将「甲」调整到「第二党小组」");
    }

    [Fact]
    public async Task The_roster_lists_groups_roles_and_who_has_not_joined()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        bot.JoinedMember(secretary, "zhang", "张三", "第一党小组");
        secretary.Send("添加党员 李四 第一党小组").ExpectReply("邀请码")
            .Send("党员名单").ExpectReply("共 3 名党员，已加入 2 名，1 名尚未加入");
        Assert.Contains("【第一党小组】\n  张三\n  李四 · 未加入", secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("【未分组】\n  王书记（书记）", secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_names_get_a_clear_reason()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch()
            .Send("添加党员 12345").ExpectReply("不像是姓名")
            .Send("添加党员 " + new string('长', 31)).ExpectReply("太长了")
            .Send("添加党员 张,三").ExpectReply("不能包含逗号");
    }

    [Fact]
    public async Task Data_written_in_chat_is_stored_in_the_database()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        bot.JoinedMember(secretary, "zhang", "张三", "第一党小组");
        var zhang = await bot.Membership.FindByNameAsync("张三", CancellationToken.None);
        Assert.NotNull(zhang);
        Assert.Equal(MemberRole.Member, zhang!.Role);
        Assert.Equal([new ChatAccount("test", "zhang")], zhang.ChatAccounts);
    }
}
