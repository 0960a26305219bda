using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Evaluation;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Intents;

/// <summary>
/// The causes found in tester-intents-19.tsv, each by a phrasing of its own (not a file's line): a change said in one
/// breath with what stays as it was (地点不变, 时间还是七点, 还在…开) or why after a 吧, a delay by a span (推迟两天到…),
/// the 书记 addressed or sought (no role given), a member named after 给/把 in a typed 党费基数, a 小X/老X's words passed on,
/// a leave decided in a word beside a name (批 王芳, 那…的也驳回, 莫批, 不皮 for 不批), and a talk arranged with a day between.
/// </summary>
public class FreshLinesNineteenTests
{
    [Theory]
    [InlineData("支委会挪到下周二晚上八点还在党员活动室开", "修改会议|会议=支委会|日期=2026-12-01|时间=20:00")]
    [InlineData("党员大会改到下周五下午三点地点不变", "修改会议|会议=党员大会|日期=2026-12-04|时间=15:00")]
    [InlineData("支委会往后挪到下周二晚上吧那天大家都有空时间还是七点", "修改会议|会议=支委会|日期=2026-12-01|时间=19:00")]
    [InlineData("党员大会推迟两天到十二月四号还是下午两点半", "修改会议|会议=党员大会|日期=2026-12-04")]
    [InlineData("党员大会地点换到一楼报告厅时间日期都照旧", "修改会议|会议=党员大会|地点=一楼报告厅")]
    [InlineData("党费基数把王芳调成七千", "党费基数|姓名=王芳")]
    [InlineData("支委会挪到下周二晚上七点半还是在党员活动室", "修改会议|会议=支委会|日期=2026-12-01|时间=19:30|地点=党员活动室")]
    [InlineData("支委会挪到下周二晚上开吧时间还是七点地点也不变", "修改会议|会议=支委会|日期=2026-12-01|时间=19:00")]
    [InlineData("批 刘洋", "批准请假|姓名=刘洋")]
    [InlineData("张丽华 批", "批准请假|姓名=张丽华")]
    [InlineData("那陈静的也驳回", "不批准请假|姓名=陈静")]
    [InlineData("那张丽华的也准了", "批准请假|姓名=张丽华")]
    [InlineData("刘洋的假不皮", "不批准请假|姓名=刘洋")]
    [InlineData("约谈 张丽华", "约谈心|姓名=张丽华")]
    [InlineData("那就约陈静下周二上午谈谈", "约谈心|姓名=陈静")]
    public async Task Reads_the_command_and_its_slots(string text, string expected)
    {
        var reading = await ReadAsync(text);
        Assert.True(IntentEvaluationTests.Matches(reading, expected), $"{text} → {IntentEvaluationTests.Describe(reading)}");
    }

    [Theory]
    [InlineData("小孙说想跟书记约个谈心")]
    [InlineData("老周跟我说想找书记聊聊")]
    [InlineData("支委会改到周四还是周五")]
    [InlineData("党员大会改到下周四吧地点换成五楼")]
    [InlineData("支委会挪到下周二晚上七点还在三楼会议室")]
    [InlineData("刘洋的假先别批")]
    public async Task Asks_back_rather_than_writing(string text)
    {
        var reading = await ReadAsync(text);
        Assert.False(reading is { Confidence: >= IntentRecognizer.RunThreshold, Effect: not IntentEffect.Read }, $"{text} → {IntentEvaluationTests.Describe(reading)}");
    }

    [Theory]
    [InlineData("书记我是刘洋周五的支委会我要去做体检来不了帮我请个假")]
    [InlineData("请问书记您好我想做个登记")]
    [InlineData("我想找书记做个思想汇报")]
    public async Task The_secretary_addressed_or_sought_is_no_role_given(string text)
    {
        var reading = await ReadAsync(text);
        Assert.NotEqual("设置角色", reading?.Command);
    }

    [Fact]
    public async Task A_role_is_still_given_to_a_member_after_addressing_the_secretary()
    {
        var reading = await ReadAsync("书记你好 把王芳设为支委");
        Assert.True(IntentEvaluationTests.Matches(reading, "设置角色|姓名=王芳|角色=支委"), IntentEvaluationTests.Describe(reading));
    }

    private static async Task<IntentMatch?> ReadAsync(string text)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        var sender = await branch.SecretarySenderAsync();
        var readings = await bot.Services.GetRequiredService<IntentRecognizer>().RecognizeAsync(bot.Services.GetRequiredService<IntentInputReader>().Read(text, sender), CancellationToken.None);
        return readings.Count == 0 ? null : readings[0];
    }
}
