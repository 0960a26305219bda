using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Intents;

/// <summary>
/// Sentences mixing feelings and requests (tester-intents-12.tsv): an exclamation of how the member feels before the
/// request ("急急急", "大家辛苦了❤️", "真是太好了") is never the place or the reason, and "因为" in a reason is no role
/// assignment ("…我是王芳…因为要去外地培训…请个假" was read as 设置角色 王芳 书记).
/// </summary>
public class FeelingsBesideRequestsTests
{
    [Theory]
    [InlineData("急急急 明早9点临时开个支委会 线上", "线上")]
    [InlineData("大家辛苦了❤️ 明天下午三点在党员活动室开个支委会总结一下", "党员活动室")]
    public async Task An_exclamation_before_an_arrangement_is_not_its_place(string text, string place)
    {
        var reading = await ReadAsync(text);

        Assert.NotNull(reading);
        Assert.Equal("安排", reading!.Command);
        Assert.Equal(place, reading.Slots[IntentSlots.Place]);
        Assert.DoesNotContain(IntentSlots.Place, reading.Guessed);
    }

    [Theory]
    [InlineData("真是太好了 党员大会改到五楼大会议室吧", "党员大会改到五楼大会议室吧")]
    [InlineData("急急急 明早9点开个支委会", "明早9点开个支委会")]
    [InlineData("心累 谁还没交党费", "谁还没交党费")]
    [InlineData("太好了", "太好了")]
    public void A_feeling_said_in_a_clause_of_its_own_is_left_out_of_the_request(string text, string clean) =>
        Assert.Equal(clean, IntentText.Clean(text));

    [Fact]
    public async Task Because_in_a_leave_request_is_no_role_assignment()
    {
        var reading = await ReadAsync("书记你好我是王芳我下周三的党员大会去不了因为要去外地培训麻烦帮我请个假谢谢");

        Assert.NotEqual("设置角色", reading?.Command);
    }

    private static async Task<IntentMatch?> ReadAsync(string text)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        var sender = await branch.SecretarySenderAsync();
        var readings = await bot.Services.GetRequiredService<IntentRecognizer>()
            .RecognizeAsync(bot.Services.GetRequiredService<IntentInputReader>().Read(text, sender), CancellationToken.None);
        return readings.Count == 0 ? null : readings[0];
    }
}
