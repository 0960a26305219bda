using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Evaluation;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Intents;

/// <summary>
/// The causes found in tester-intents-21.tsv, each by a phrasing of its own (not a file's line): a floor after a place's
/// noun is the place's own (文化中心五楼), a request run straight on after what a member said (…你再给他发一个), leave
/// asked plainly with a long reason (the reason is asked, not guessed), a newcomer put into a 党小组, something to show
/// asked for at the end (…你给我列一下), a cancel run on into why, and a refusal said twice or put off (不对不对, 先别…再说).
/// </summary>
public class FreshLinesTwentyOneTests
{
    [Theory]
    [InlineData("党员大会地点改到文化中心五楼", "修改会议|会议=党员大会|地点=文化中心五楼")]
    [InlineData("王芳讲她手机丢了新号码登不上你再给她发个邀请码", "邀请码|姓名=王芳")]
    [InlineData("刘洋跟我说他单位派他去外地学习后天支委会赶不回来这个假你就批了吧", "批准请假|姓名=刘洋")]
    [InlineData("下周三党员大会我老家的表哥要办喜事我得回去帮着张罗酒席实在脱不开身你帮我请个假吧", "请假|会议=党员大会|日期=2026-12-02")]
    [InlineData("麻烦你帮我把周敏放到第一党小组里去她是刚转来的", "添加党员|姓名=周敏|党小组=第一党小组")]
    [InlineData("周五的支委会不开了书记要去区里参加培训", "取消会议|会议=支委会|日期=2026-11-27")]
    [InlineData("书记你好我是刘洋后天支委会我要去外地参加培训来不了帮我请个假", "请假|会议=支委会|日期=2026-11-27")]
    public async Task Reads_the_command_and_its_slots(string text, string expected)
    {
        var reading = await ReadAsync(text);
        Assert.True(IntentEvaluationTests.Matches(reading, expected), $"{text} → {IntentEvaluationTests.Describe(reading)}");
    }

    [Fact]
    public async Task A_long_reason_beside_plain_leave_is_left_for_the_leave_dialog_to_ask()
    {
        var reading = await ReadAsync("下周三党员大会我老家的表哥要办喜事我得回去帮着张罗酒席实在脱不开身你帮我请个假吧");
        Assert.NotNull(reading);
        Assert.False(reading!.Slots.ContainsKey(IntentSlots.Reason), IntentEvaluationTests.Describe(reading));
    }

    [Theory]
    [InlineData("王芳说让你把她手机号改一下")]
    [InlineData("我爱人下周三党员大会去不了")]
    [InlineData("把周敏放到第一党小组")]
    [InlineData("周五的支委会不开了改到下周一晚上")]
    [InlineData("周五的支委会不开了是真的吗")]
    [InlineData("一楼报告厅三楼要装修 党员大会换到一楼报告厅二楼那边")]
    public async Task Asks_back_rather_than_writing(string text)
    {
        var reading = await ReadAsync(text);
        Assert.False(reading is { Confidence: >= IntentRecognizer.RunThreshold, Effect: not IntentEffect.Read } && reading.Command is "添加党员" or "取消会议" or "请假", $"{text} → {IntentEvaluationTests.Describe(reading)}");
    }

    [Theory]
    [InlineData("刚才那个地点说错了")]
    [InlineData("刚刚那句话不算")]
    [InlineData("我刚才那条通知写错了")]
    [InlineData("行那就不开了吧")]
    [InlineData("好那就取消吧")]
    public async Task Something_just_said_put_right_or_decided_is_asked_about(string text) =>
        Assert.Equal("ASK", IntentEvaluationTests.Describe(await ReadAsync(text)));

    [Theory]
    [InlineData("刚点错了")]
    [InlineData("不好意思刚才发错了")]
    public async Task A_message_sent_by_mistake_asks_for_nothing(string text) =>
        Assert.Equal("NONE", IntentEvaluationTests.Describe(await ReadAsync(text)));

    [Theory]
    [InlineData("支委会这个季度谁还没交思想汇报 党费呢 本月的收缴情况你给我列一下", "党费情况")]
    public async Task Something_to_show_asked_for_at_the_end_is_shown(string text, string expected)
    {
        var reading = await ReadAsync(text);
        Assert.True(IntentEvaluationTests.Matches(reading, expected), $"{text} → {IntentEvaluationTests.Describe(reading)}");
    }

    [Theory]
    [InlineData("不要不要", false)]
    [InlineData("不行不行", false)]
    [InlineData("不对不对 不是这个", false)]
    [InlineData("先不用发了等等再说", false)]
    [InlineData("对不对", null)]
    [InlineData("回头再说吧", null)]
    public void A_refusal_said_twice_or_put_off_is_no(string text, bool? expected) => Assert.Equal(expected, ConfirmPrompt.Interpret(text));

    private static async Task<IntentMatch?> ReadAsync(string text)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        var sender = await branch.SecretarySenderAsync();
        var readings = await bot.Services.GetRequiredService<IntentRecognizer>().RecognizeAsync(bot.Services.GetRequiredService<IntentInputReader>().Read(text, sender), CancellationToken.None);
        return readings.Count == 0 ? null : readings[0];
    }
}
