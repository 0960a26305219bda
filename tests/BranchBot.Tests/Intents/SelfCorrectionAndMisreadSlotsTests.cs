using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// The four silent writes tester-intents-13.tsv found, each by its cause: a correction made inside the message ("不对 改到
/// 二楼小会议室") was kept inside the place; a 党小组 said before where it meets ("第一党小组在党员活动室") was read into the
/// place; a group said as where a role is held ("当第一党小组的组长") was read as moving the member; a meeting word typed
/// with a wrong character after a day ("周五之委会") stayed inside the reason.
/// </summary>
public class SelfCorrectionAndMisreadSlotsTests
{
    [Theory]
    [InlineData("支委会改到三楼 不对 改到二楼小会议室", "支委会改到二楼小会议室")]
    [InlineData("周五支委会我请假 哦不对 是下周三的党员大会", "下周三的党员大会我请假")]
    [InlineData("明天下午三点开支委会 说错了 三点半", "明天下午三点半开支委会")]
    [InlineData("党员大会在三楼 不对 五楼大会议室", "党员大会在五楼大会议室")]
    [InlineData("支委会改到周六上午九点 哦不 周日上午九点", "支委会改到周日上午九点")]
    [InlineData("党课安排在下周二 不对 下周四下午两点 图书馆", "党课安排在下周四下午两点 图书馆")]
    [InlineData("开会老放晚上 这样不对", "开会老放晚上 这样不对")]
    [InlineData("不对", "不对")]
    public void A_correction_inside_the_message_replaces_what_it_corrects(string typed, string meant) =>
        Assert.Equal(meant, SelfCorrection.Resolve(typed));

    [Fact]
    public async Task A_place_corrected_inside_the_message_is_the_last_one_said()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("支委会改到三楼 不对 改到二楼小会议室").ExpectReplyNotContaining("二楼小会议室", "不对");
        Assert.DoesNotContain("三楼", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_corrected_inside_the_message_is_the_one_asked_for_leave()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.ChenJing.Send("周五支委会我请假 哦不对 是下周三的党员大会").ExpectReplyNotContaining("党员大会", "支委会");
        Assert.DoesNotContain("不对", branch.ChenJing.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_said_before_where_it_meets_is_no_part_of_the_place()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("设置党小组 陈静 第一党小组").SkipReplies();

        branch.Secretary.Send("下周五上午十点第一党小组在党员活动室开党小组会 学习新修订的纪律处分条例").ExpectReply("党员活动室");
        Assert.DoesNotContain("第一党小组在", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_said_as_where_a_role_is_held_sets_the_role_not_the_group()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("让王芳当第一党小组的组长吧她挺负责的").ExpectReplyNotContaining("设置角色 王芳 党小组长", "设置党小组");
    }

    [Theory]
    [InlineData("周五之委会请假 出差")]
    [InlineData("周五只委会请假 出差")]
    public async Task A_meeting_word_typed_wrong_after_its_day_is_no_part_of_the_reason(string typed)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.ChenJing.Send(typed).ExpectReply("支委会");
        Assert.DoesNotContain("委会出差", branch.ChenJing.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_word_with_both_its_first_characters_typed_wrong_is_arranged()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("明天下午三点开只为会 三楼").ExpectReply("支委会");
    }
}
