using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// A 补录 asked in a sentence carries the day, hour and place it names into the command line, so the 补录 dialog does not
/// ask for the day again (issue 13; brief item 4 of helper-at).
/// </summary>
public class RecordMeetingCarriesWhenAndWhereTests
{
    [Theory]
    [InlineData("哎呀我这记性 上周五的支委会忘录了 晚上七点 党员活动室 帮我补上", "补录 11月20日19:00 支委会 地点党员活动室")]
    [InlineData("把十月份开过的那次党小组会补录进去十月二十二号下午三点党员活动室", "补录 10月22日15:00 党小组会 地点党员活动室")]
    public async Task The_sentences_day_hour_and_place_are_in_the_command_line(string text, string line)
    {
        var reading = await SecretaryReadings.ReadAsync(text);

        Assert.NotNull(reading);
        Assert.Equal(line, reading!.CommandLine);
    }

    [Fact]
    public async Task The_record_dialog_does_not_ask_the_day_again()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("哎呀我这记性 上周五的支委会忘录了 晚上七点 党员活动室 帮我补上").ExpectReply("会议主题是什么")
            .Send("跳过").ExpectReply("哪些同志出席了")
            .Send("全体出席").ExpectReply("11月20日");
        Assert.Contains("19:00", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("党员活动室", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }
}
