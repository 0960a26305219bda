using BranchBot.Tests.Support;
using static BranchBot.Tests.Intents.SecretaryReadings;

namespace BranchBot.Tests.Intents;

/// <summary>
/// The largest group of misses in tester-intents-13/-14/-15.tsv: an overview asked in plain words (a period, what is
/// counted or listed, an asking shape) reaches the command that shows it instead of the knowledge base or "没有理解";
/// the rules' own counts ("一年得开几回") and someone else's dues stay elsewhere.
/// </summary>
public class OverviewsAskedInWordsTests
{
    [Theory]
    [InlineData("这个月都开过哪些会", "往期会议")]
    [InlineData("咱支部今年都搞了些啥活动", "往期会议")]
    [InlineData("今年我一共缺席过几回", "往期会议")]
    [InlineData("今年主题党日搞了几回", "台账")]
    [InlineData("这个季度党小组会开得咋样", "台账")]
    [InlineData("12月份都有些啥会", "近期安排")]
    [InlineData("第二党小组都有谁", "党员名单")]
    [InlineData("支部现在有几个预备党员", "发展党员台账")]
    [InlineData("今年一共发过多少条通知", "广播记录")]
    [InlineData("这个月我都收到了哪些通知", "我的通知")]
    [InlineData("今年找谁谈过心了", "谈心情况")]
    [InlineData("我入党走到哪一步了", "我的入党进度")]
    [InlineData("俺在哪个小组来着", "我的信息")]
    [InlineData("都谁请了假", "签到情况")]
    [InlineData("谁还没签上", "签到情况")]
    [InlineData("还没签到的呢", "签到情况")]
    [InlineData("最近有人给支部提意见没", "匿名建议列表")]
    [InlineData("俺党费交没交 给瞅一眼", "我的党费")]
    [InlineData("咱这个月党费收得咋样了", "党费情况")]
    [InlineData("这个月大家党费都交齐了吗", "党费情况")]
    [InlineData("今年党课开够了吗", "台账")]
    public async Task An_overview_asked_in_words_is_its_command(string line, string command)
    {
        var reading = await ReadAsync(line);

        Assert.NotNull(reading);
        Assert.Equal(command, reading!.Command);
        Assert.True(reading.Confidence >= BranchBot.Dialogs.Intents.IntentRecognizer.RunThreshold, $"{line}: only {reading.Confidence}");
    }

    [Theory]
    [InlineData("组织生活会一年得开几回")]
    [InlineData("刘洋托我问问他这个月党费交了没")]
    [InlineData("党费必须交齐吗")]
    [InlineData("党课一年要开够四次吗")]
    public async Task The_rules_count_and_someone_elses_dues_are_no_overview_of_ones_own(string line)
    {
        var reading = await ReadAsync(line);

        Assert.False(reading is { Confidence: >= BranchBot.Dialogs.Intents.IntentRecognizer.RunThreshold }, $"{line}: read as sure {reading?.Command}");
    }

    [Fact]
    public async Task What_the_branch_did_this_month_shows_the_meetings_held_not_a_knowledge_answer()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.SkipReplies().Send("这个月支部都干了啥").ExpectReply("已经召开的会议");
    }

    [Fact]
    public async Task How_many_主题党日_this_year_shows_the_ledger()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.SkipReplies().Send("今年主题党日搞了几回").ExpectReply("组织生活台账");
    }
}
