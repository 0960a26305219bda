using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Evaluation;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Intents;

/// <summary>
/// The causes found in tester-intents-16.tsv and tester-intents-17.tsv, each by a phrasing of its own (not the file's
/// line): a room run on into the agenda, a committee that "碰一下", a kind named only as the agenda's subject, a request
/// taken back or something done wrongly, a count of what happened, and the typos 要请码/取校/民单/交道.
/// </summary>
public class FreshLinesSeventeenTests
{
    [Theory]
    [InlineData("下周五上午十点党员活动室王芳给积极分子讲一堂党课", "安排|会议=党课|日期=2026-12-04|时间=10:00|地点=党员活动室")]
    [InlineData("12月18号下午三点二楼会议室开年度组织生活会先学习后对照检查", "安排|会议=组织生活会|日期=2026-12-18|时间=15:00|地点=二楼会议室")]
    [InlineData("下周一晚上七点支委们在党员活动室碰个头商量明年的主题党日", "安排|会议=支委会|日期=2026-11-30|时间=19:00|地点=党员活动室")]
    [InlineData("下周二上午九点在书记办公室研究主题党日安排", "ASK")]
    [InlineData("我今年缺了几次会", "往期会议")]
    [InlineData("给王芳发个要请码", "邀请码|姓名=王芳")]
    [InlineData("下周三的党员大会取校吧", "取消会议|会议=党员大会")]
    [InlineData("党员民单", "党员名单")]
    [InlineData("我党费交道几月了", "我的党费")]
    public async Task Reads_the_command_and_its_slots(string text, string expected)
    {
        var reading = await ReadAsync(text);
        Assert.True(IntentEvaluationTests.Matches(reading, expected), $"{text} → {IntentEvaluationTests.Describe(reading)}");
    }

    [Theory]
    [InlineData("帮我请周五支委会的假 算了 还是能去")]
    [InlineData("党费基数不用改了")]
    [InlineData("刚才签到签错了")]
    [InlineData("请假事由写错了 是培训")]
    public async Task Asks_back_rather_than_writing(string text)
    {
        var reading = await ReadAsync(text);
        Assert.False(reading is { Confidence: >= IntentRecognizer.RunThreshold, Effect: not IntentEffect.Read }, $"{text} → {IntentEvaluationTests.Describe(reading)}");
    }

    [Theory]
    [InlineData("算了，下周三的党员大会取消吧", "取消会议", false)]
    [InlineData("那个每月的提醒不用再发了 停掉", "停止定期广播", false)]
    [InlineData("支委会地点写错了，应该是书记办公室", "修改会议", false)]
    [InlineData("帮我请个假 算了 不请了", "请假", true)]
    [InlineData("刚才那笔党费记错了", "交党费", true)]
    public void A_request_taken_back_or_put_right_is_doubted_unless_the_command_is_the_taking_back(string text, string command, bool doubted) =>
        Assert.Equal(doubted, WriteGuard.TakesBackOrPutsRight(text, command));

    private static async Task<IntentMatch?> ReadAsync(string text)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        var sender = await branch.SecretarySenderAsync();
        var readings = await bot.Services.GetRequiredService<IntentRecognizer>().RecognizeAsync(bot.Services.GetRequiredService<IntentInputReader>().Read(text, sender), CancellationToken.None);
        return readings.Count == 0 ? null : readings[0];
    }
}
