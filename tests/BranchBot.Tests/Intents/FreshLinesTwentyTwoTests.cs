using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Evaluation;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Intents;

/// <summary>
/// The causes found in tester-intents-22.tsv, each by a phrasing of its own (not a file's line): a place said before the
/// 党小组 that meets there, a new time said after a new room, a request taken back with 不用了, what a 组长 or the
/// 街道 said passed on, Cantonese and a typo around one's own dues, and overviews asked in plain words.
/// </summary>
public class FreshLinesTwentyTwoTests
{
    [Theory]
    [InlineData("下周一下午三点在五楼小会议室第一党小组开个党小组会", "安排|会议=党小组会|党小组=第一党小组|地点=五楼小会议室|日期=2026-11-30|时间=15:00")]
    [InlineData("睇下我交咗今个月党费未", "我的党费")]
    [InlineData("我这个月党费交齐了没", "我的党费")]
    [InlineData("我的党费呢", "我的党费")]
    [InlineData("支部的党费都收得怎么样了", "党费情况")]
    [InlineData("三会一课上半年落实得怎么样", "台账")]
    [InlineData("本季度该开的会都开齐了没有", "台账")]
    [InlineData("这礼拜我还有啥安排", "近期安排")]
    [InlineData("我这周收到过啥通知", "我的通知")]
    [InlineData("我目前入党进行到什么环节了", "我的入党进度")]
    public async Task Reads_the_command_and_its_slots(string text, string expected)
    {
        var reading = await ReadAsync(text);
        Assert.True(IntentEvaluationTests.Matches(reading, expected), $"{text} → {IntentEvaluationTests.Describe(reading)}");
    }

    [Theory]
    [InlineData("支委会改到党员活动室晚上八点开")]
    [InlineData("帮我把支委会改到周六吧诶不用了")]
    [InlineData("社区的同志说后天的支委会不开了")]
    [InlineData("组长讲让我把这个月的党费交了")]
    [InlineData("我们小组长说让我请个假")]
    public async Task Asks_back_rather_than_writing(string text) =>
        Assert.Equal("ASK", IntentEvaluationTests.Describe(await ReadAsync(text)));

    [Fact]
    public async Task A_typo_of_dues_after_paying_is_read_as_dues()
    {
        var reading = await ReadAsync("我想交一下当费");
        Assert.Equal("交党费", reading?.Command);
    }

    [Theory]
    [InlineData("这可不成")]
    [InlineData("这次先别发了")]
    [InlineData("这下不用了")]
    public void A_refusal_set_in_its_moment_is_no(string text) => Assert.False(ConfirmPrompt.Interpret(text));

    private static async Task<IntentMatch?> ReadAsync(string text)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        var sender = await branch.SecretarySenderAsync();
        var readings = await bot.Services.GetRequiredService<IntentRecognizer>().RecognizeAsync(bot.Services.GetRequiredService<IntentInputReader>().Read(text, sender), CancellationToken.None);
        return readings.Count == 0 ? null : readings[0];
    }
}
