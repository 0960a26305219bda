using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// The int4 families through the real bot: a confirmed relative shift moves the meeting; a role taken away offers
/// 设置角色 back to 党员 (never the role being left); a sentence that asks for two things is asked about. That a shift
/// ("往后推一个小时") or a correction ("是19:30不是19:00") opens the same preview as the typed 修改会议 is checked by
/// rows of IntentRuleConversationTests.A_sentence_for_a_command_with_its_own_preview_opens_that_preview.
/// </summary>
public class ShiftCorrectionAndRoleRemovalConversationTests
{
    [Fact]
    public async Task A_confirmed_shift_moves_the_meeting_by_the_amount_said()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("近期安排").ExpectReply(string.Empty);
        var before = branch.Secretary.LastReplyText;

        branch.Secretary.Send("支委会往后推一个小时").ExpectReply("由");
        branch.Secretary.Send("确定").SkipReplies();
        branch.Secretary.Send("近期安排").ExpectReply(string.Empty);

        Assert.Contains("19:00", before, StringComparison.Ordinal);
        Assert.Contains("20:00", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("19:00", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_to_the_time_a_meeting_already_has_changes_nothing()
    {
        // The 支委会 is at 19:00 already: "是七点不是八点" puts someone's words right, and used to open a 修改会议 to 19:00.
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("时间写错了 支委会是晚上七点不是八点").ExpectReply(string.Empty);
        Assert.DoesNotContain("修改会议", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("改为", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        branch.Secretary.Send("支委会是19:30不是19:00，帮我改下").ExpectReply("改为「11月27日（星期五）19:30」");
    }

    [Fact]
    public async Task That_meeting_just_after_arranging_it_is_the_one_arranged()
    {
        // "那个会改到晚上八点" right after arranging a 党课 asked which meeting was meant.
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.Advance(TimeSpan.FromHours(1));
        branch.Secretary.Send("安排 党课 11月30日下午3点 三楼会议室 党章学习").ExpectReply("请确认会议安排")
            .Send("确认").ExpectReply("已安排");
        bot.Clock.Advance(TimeSpan.FromMinutes(5));

        branch.Secretary.Send("那个会改到晚上八点").ExpectReply("党课");
        Assert.Contains("20:00", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("确定").SkipReplies()
            .Send("近期安排").ExpectReply("11月30日（星期一）20:00–22:00 党课");
    }

    [Fact]
    public async Task That_meeting_long_after_arranging_it_is_asked_about()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.Advance(TimeSpan.FromHours(1));
        branch.Secretary.Send("安排 党课 11月30日下午3点 三楼会议室 党章学习").ExpectReply("请确认会议安排")
            .Send("确认").ExpectReply("已安排");
        bot.Clock.Advance(TimeSpan.FromHours(2));

        branch.Secretary.Send("那个会改到晚上八点").ExpectReply("你是想「修改会议");
    }

    [Theory]
    [InlineData("撤掉陈静的支委", "设置角色 陈静 党员")]
    [InlineData("免去张丽华的党小组长职务", "设置角色 张丽华 党员")]
    [InlineData("取消刘洋的支委", "设置角色 刘洋 党员")]
    [InlineData("王芳改回普通党员", "设置角色 王芳 党员")]
    [InlineData("刘洋不当支委了", "设置角色 刘洋 党员")]
    public async Task A_role_taken_away_offers_the_member_back_as_an_ordinary_member(string sentence, string offered)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send(sentence).ExpectReply($"你是想「{offered}」吗？").WithButtons(offered);

        Assert.DoesNotContain("支委」", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.ExpectNoMoreReplies();
    }

    /// <summary>Two requests, both writes: the other is named as not done, and the leave is only asked about.</summary>
    [Fact]
    public async Task A_sentence_asking_two_changes_offers_the_other_as_a_button_and_asks_about_the_first()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("下周三党员大会请假，顺便帮我把支委会改到五楼")
            .ExpectReply("另一件事「帮我把支委会改到五楼」要办的话请点「修改会议 1 地点 五楼」按钮")
            .ExpectReply("你是想「请假");

        Assert.DoesNotContain("请确认", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("刘洋不想当支委了", "设置角色")]
    [InlineData("把陈静的支委给刘洋", "设置角色")]
    public async Task A_sentence_asking_two_things_or_a_wish_is_asked_about_not_previewed(string sentence, string command)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send(sentence).ExpectReply($"你是想「{command}");

        Assert.DoesNotContain("请确认", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.ExpectNoMoreReplies();
    }
}
