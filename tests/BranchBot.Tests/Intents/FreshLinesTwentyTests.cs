using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Evaluation;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Intents;

/// <summary>
/// The causes found in tester-intents-20.tsv, each by a phrasing of its own (not a file's line): a correction run straight
/// on in voice input (…哦不对是…, …不对是…, …哦改成…), one's own words before 在 taken for the place, what the organisation
/// above said passed on (区里说, 上级要求), 那 typed for 哪 in "交到哪个月", a check-in asked to be shown (…的签到我看看),
/// a talk told and then asked to be recorded (…聊了…你帮我记上), meetings held asked in words (开过的会有哪些, 去了几次会),
/// one's own dues and the branch's told apart ("我们支部…党费", "帮我看看…党费"), a notice written wrongly taken back (…写错了
/// 撤掉, 那条也撤了), and Cantonese yes and no (冇问题, 唔使).
/// </summary>
public class FreshLinesTwentyTests
{
    [Theory]
    [InlineData("支委会改到下周一晚上七点不对是下周二晚上七点", "修改会议|会议=支委会|日期=2026-12-01|时间=19:00")]
    [InlineData("把王芳设为党小组长哦不是设为支委", "设置角色|姓名=王芳|角色=支委")]
    [InlineData("这阵子同志们都辛苦了咱们下周四上午九点在二楼会议室开个党课", "安排|会议=党课|日期=2026-12-03|时间=09:00|地点=二楼会议室")]
    [InlineData("我党费交到那个月了", "我的党费")]
    [InlineData("支委会那天的签到给我看看", "签到情况|会议=支委会")]
    [InlineData("昨晚跟刘洋在办公室聊了好一阵子主要说了说工作上的难处你帮我记上", "记录谈心|姓名=刘洋")]
    [InlineData("今年开过的党课都有啥", "往期会议")]
    [InlineData("我上个月去了几次会", "往期会议")]
    [InlineData("我到底欠不欠党费", "我的党费")]
    [InlineData("我那个党费交到哪儿了", "我的党费")]
    [InlineData("咱们支部党费收得怎么样了", "党费情况")]
    [InlineData("你帮我看看本月党费收缴的进度", "党费情况")]
    [InlineData("通知里的日期填错了赶紧撤掉", "撤回")]
    [InlineData("把那条也撤掉吧", "撤回")]
    public async Task Reads_the_command_and_its_slots(string text, string expected)
    {
        var reading = await ReadAsync(text);
        Assert.True(IntentEvaluationTests.Matches(reading, expected), $"{text} → {IntentEvaluationTests.Describe(reading)}");
    }

    [Theory]
    [InlineData("上级说后天的支委会要取消")]
    [InlineData("区里要求下周三的党员大会改到周五")]
    [InlineData("街道说下周三的党员大会要改期")]
    [InlineData("刘洋说他跟你聊过了 叫你记一下")]
    [InlineData("安排个支委会下周一晚上七点哦改成八点吧在党员活动室")]
    [InlineData("支委会的签到我看看")]
    public async Task Asks_back_rather_than_writing(string text)
    {
        var reading = await ReadAsync(text);
        Assert.False(reading is { Confidence: >= IntentRecognizer.RunThreshold, Effect: not IntentEffect.Read }, $"{text} → {IntentEvaluationTests.Describe(reading)}");
    }

    [Fact]
    public async Task A_typed_command_corrected_in_passing_offers_the_corrected_line()
    {
        var reading = await ReadAsync("安排 党课 下周二下午两点哦改成三点吧 在二楼会议室");
        Assert.NotNull(reading);
        Assert.True(reading!.Confidence < IntentRecognizer.RunThreshold, IntentEvaluationTests.Describe(reading));
        Assert.DoesNotContain("两点", reading.CommandLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("冇问题", true)]
    [InlineData("冇事", true)]
    [InlineData("唔使了", false)]
    [InlineData("唔要", false)]
    public void Cantonese_yes_and_no_are_read(string text, bool expected) => Assert.Equal(expected, ConfirmPrompt.Interpret(text));

    private static async Task<IntentMatch?> ReadAsync(string text)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        var sender = await branch.SecretarySenderAsync();
        var readings = await bot.Services.GetRequiredService<IntentRecognizer>().RecognizeAsync(bot.Services.GetRequiredService<IntentInputReader>().Read(text, sender), CancellationToken.None);
        return readings.Count == 0 ? null : readings[0];
    }
}
