using BranchBot.Dialogs.Broadcasts;
using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// 会 typed as 惠/汇/回 in the meeting words ("支委惠", "党员大回", "下周有啥惠"), a few more same-sound slips of the bot's
/// own words (邀清码, 广拨, 党非, 情框, 签个岛, 入党近度) and command words typed in pinyin ("jinqi anpai", "wode dangfei") are put
/// right before the rules read the sentence; real words that start like a slip ("支委汇报", "开回来", "党非常重视") are not
/// (tester-intents-15/-16.tsv).
/// </summary>
public class MeetingTyposAndPinyinTests
{
    [Theory]
    [InlineData("支委惠改到周六上午十点", "支委会改到周六上午十点")]
    [InlineData("党员大回在哪开", "党员大会在哪开")]
    [InlineData("下周有啥惠", "下周有啥会")]
    [InlineData("党小组汇改到周四", "党小组会改到周四")]
    [InlineData("给张丽华发个邀情码", "给张丽华发个邀请码")]
    [InlineData("发个广拨 周五前交党费", "发个广播 周五前交党费")]
    [InlineData("我的党非交了没", "我的党费交了没")]
    [InlineData("签到情框", "签到情况")]
    [InlineData("签个岛", "签个到")]
    [InlineData("我的入党近度", "我的入党进度")]
    [InlineData("jinqi anpai", "近期 安排")]
    [InlineData("wode dangfei", "我的 党费")]
    public void A_slip_of_a_meeting_word_or_a_word_in_pinyin_is_that_word(string typed, string meant) =>
        Assert.Equal(meant, IntentText.Clean(typed));

    [Theory]
    [InlineData("支委汇报了工作")]
    [InlineData("他把车开回来了")]
    [InlineData("党非常重视这件事")]
    [InlineData("支委回复了吗")]
    public void A_real_word_that_starts_like_a_slip_is_kept(string text) =>
        Assert.Equal(text, IntentText.Clean(text));

    [Theory]
    [InlineData("jinqi anpai", "近期安排")]
    [InlineData("下周有啥惠", "近期安排")]
    [InlineData("wode dangfei", "我的党费")]
    [InlineData("签到情框", "签到情况")]
    [InlineData("我的入党近度", "我的入党进度")]
    public async Task The_put_right_words_reach_their_command(string text, string command)
    {
        var reading = await SecretaryReadings.ReadAsync(text);

        Assert.NotNull(reading);
        Assert.Equal(command, reading!.Command);
    }

    [Theory]
    [InlineData("收到 谢谢哈")]
    [InlineData("好的，辛苦啦")]
    [InlineData("收到，谢谢您")]
    public void A_receipt_with_thanks_and_a_particle_is_a_receipt(string text) =>
        Assert.True(AcknowledgementWordsHandler.IsAcknowledgement(text));

    [Fact]
    public async Task A_receipt_with_thanks_and_a_particle_runs_no_command()
    {
        Assert.Null(await SecretaryReadings.ReadAsync("收到 谢谢哈"));
    }

    [Fact]
    public async Task A_group_mentioned_in_the_reason_and_moved_to_over_there_is_the_group()
    {
        var reading = await SecretaryReadings.ReadAsync("王芳搬家了离第一党小组那边近把她调过去");

        Assert.NotNull(reading);
        Assert.Equal("设置党小组", reading!.Command);
        Assert.Equal("第一党小组", reading.Slots[IntentSlots.Group]);
    }

    [Fact]
    public async Task A_clause_that_only_mentions_a_group_is_never_the_group()
    {
        var reading = await SecretaryReadings.ReadAsync("王芳搬家了离第一党小组那边近");

        Assert.True(reading is null || reading.Confidence < IntentRecognizer.RunThreshold || !reading.Slots.TryGetValue(IntentSlots.Group, out var group) || group == "第一党小组");
    }
}
