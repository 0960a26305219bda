using BranchBot.Core.Membership;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Membership;

public class SetupConversationTests
{
    [Fact]
    public async Task An_unknown_user_on_an_unclaimed_branch_is_told_how_to_set_it_up()
    {
        await using var bot = new BotHarness();
        bot.User("u1").Send("帮助").ExpectReply("还没有初始化").WithButtons("初始化支部");
    }

    [Fact]
    public async Task The_setup_code_makes_the_sender_secretary_after_asking_their_name()
    {
        await using var bot = new BotHarness();
        bot.User("u1", "王建国")
            .Send($"初始化 {BotHarness.SetupCode} 机关第一党支部").ExpectReply("请确认你的姓名").WithButtons("王建国")
            .Send("王建国").ExpectReply("你已成为「机关第一党支部」的支部书记")
            .Send("我的信息").ExpectReply("角色：书记");

        var branch = await bot.Membership.GetBranchAsync(CancellationToken.None);
        Assert.Equal("机关第一党支部", branch!.Name);
        Assert.True(branch.IsClaimed);
    }

    [Fact]
    public async Task A_missing_branch_name_is_asked_for()
    {
        await using var bot = new BotHarness();
        bot.User("u1")
            .Send($"初始化 {BotHarness.SetupCode}").ExpectReply("请输入支部名称")
            .Send("第二党支部").ExpectReply("请输入你的姓名")
            .Send("李书记").ExpectReply("「第二党支部」的支部书记");
    }

    [Theory]
    [InlineData("你好")]
    [InlineData("好的")]
    [InlineData("123")]
    public async Task A_greeting_or_a_yes_at_the_name_prompt_is_asked_again_not_taken_as_the_name(string notAName)
    {
        await using var bot = new BotHarness();
        bot.User("u1")
            .Send($"初始化 {BotHarness.SetupCode} 第二党支部").ExpectReply("请输入你的姓名")
            .Send(notAName).ExpectReply($"「{notAName}」不像是姓名，请重新输入。请输入你的姓名")
            .Send("李书记").ExpectReply("你已成为「第二党支部」的支部书记，李书记同志");
    }

    [Fact]
    public async Task A_command_at_the_name_prompt_is_not_taken_as_the_name()
    {
        await using var bot = new BotHarness();
        bot.User("u1")
            .Send($"初始化 {BotHarness.SetupCode} 第二党支部").ExpectReply("请输入你的姓名")
            .Send("添加党员 陈静 第一党小组").ExpectReply("不像是姓名，请重新输入")
            .Send("李书记").ExpectReply("你已成为「第二党支部」的支部书记，李书记同志");
    }

    [Theory]
    [InlineData("测试党支部 王建国", "测试党支部", "王建国")]
    [InlineData("机关第一党支部 欧阳明", "机关第一党支部", "欧阳明")]
    public async Task The_secretarys_name_typed_after_the_branchs_is_taken_as_such(string typed, string branch, string name)
    {
        await using var bot = new BotHarness();
        bot.User("u1").Send($"初始化 {BotHarness.SetupCode} {typed}").ExpectReply($"你已成为「{branch}」的支部书记，{name}同志");
    }

    [Fact]
    public async Task A_branch_name_with_a_space_that_ends_in_no_name_stays_whole()
    {
        await using var bot = new BotHarness();
        bot.User("u1").Send($"初始化 {BotHarness.SetupCode} 城关镇 张庄村党支部").ExpectReply("请输入你的姓名")
            .Send("李书记").ExpectReply("你已成为「城关镇 张庄村党支部」的支部书记");
    }

    [Fact]
    public async Task The_help_buttons_words_start_the_set_up_too()
    {
        await using var bot = new BotHarness();
        bot.User("u1").Send("初始化支部").ExpectReply("请输入设置码和支部名称")
            .Send($"{BotHarness.SetupCode} 第三党支部").ExpectReply("请输入你的姓名")
            .Send("赵书记").ExpectReply("「第三党支部」的支部书记");
        bot.User("u2").Send($"初始化支部 {BotHarness.SetupCode} 第四党支部").ExpectReply("已经完成初始化");
    }

    [Fact]
    public async Task The_code_is_case_and_width_insensitive()
    {
        await using var bot = new BotHarness();
        bot.User("u1").Send("初始化 ｓｅｔｕｐ２３４ 一支部").ExpectReply("请输入你的姓名。");
    }

    [Fact]
    public async Task A_wrong_code_is_refused_and_the_branch_stays_unclaimed()
    {
        await using var bot = new BotHarness();
        bot.User("u1").Send("初始化 WRONG234 一支部").ExpectReply("设置码不正确");
        Assert.False((await bot.Membership.GetBranchAsync(CancellationToken.None))!.IsClaimed);
    }

    [Fact]
    public async Task Too_many_wrong_codes_lock_the_account_for_a_while()
    {
        await using var bot = new BotHarness();
        var guesser = bot.User("u1");
        for (var i = 0; i < 5; i++)
        {
            guesser.Send($"初始化 WRONG00{i} 一支部").ExpectReply("设置码不正确");
        }

        guesser.Send($"初始化 {BotHarness.SetupCode} 一支部").ExpectReply("错误次数太多");
        bot.Clock.Advance(TimeSpan.FromMinutes(16));
        guesser.Send($"初始化 {BotHarness.SetupCode} 一支部").ExpectReply("请输入你的姓名。");
    }

    [Fact]
    public async Task The_code_works_once_only()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch();
        bot.User("someone-else").Send($"初始化 {BotHarness.SetupCode} 另一个支部").ExpectReply("已经完成初始化");
        Assert.Equal("机关第一党支部", (await bot.Membership.GetBranchAsync(CancellationToken.None))!.Name);
    }

    [Fact]
    public async Task Two_people_racing_with_the_same_code_leave_one_secretary()
    {
        await using var bot = new BotHarness();
        var first = bot.User("u1").Send($"初始化 {BotHarness.SetupCode} 一支部").ExpectReply("请输入你的姓名。");
        var second = bot.User("u2").Send($"初始化 {BotHarness.SetupCode} 二支部").ExpectReply("请输入你的姓名。");
        first.Send("张一").ExpectReply("初始化完成");
        second.Send("张二").ExpectReply("已经完成初始化");
        var members = await bot.Membership.ListMembersAsync(CancellationToken.None);
        Assert.Single(members, m => m.Role == MemberRole.Secretary);
    }

    [Fact]
    public async Task A_restart_of_an_unclaimed_branch_replaces_a_random_code()
    {
        await using var bot = new BotHarness();
        var first = await bot.Membership.PrepareSetupCodeAsync(null, CancellationToken.None);
        var second = await bot.Membership.PrepareSetupCodeAsync(null, CancellationToken.None);
        Assert.NotEqual(first, second);
        bot.User("u1").Send($"初始化 {first} 一支部").ExpectReply("设置码不正确");
        bot.User("u2").Send($"初始化 {second} 一支部").ExpectReply("请输入你的姓名。");
    }

    [Fact]
    public async Task A_claimed_branch_announces_no_code()
    {
        await using var bot = new BotHarness();
        bot.ClaimedBranch();
        Assert.Null(await bot.Membership.PrepareSetupCodeAsync(null, CancellationToken.None));
    }
}
