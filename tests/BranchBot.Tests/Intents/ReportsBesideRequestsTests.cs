using BranchBot.Tests.Support;
using static BranchBot.Tests.Intents.SecretaryReadings;

namespace BranchBot.Tests.Intents;

/// <summary>
/// The silent writes of tester-intents-14.tsv and tester-intents-15.tsv, each by its cause: a receipt said with thanks
/// taken as the typed 收到, a room in a 补录 sentence left out, a keyword that is only the verb of taking back leave, a
/// group's words passed on, and a movement told as done before the request it explains.
/// </summary>
public class ReportsBesideRequestsTests
{
    [Theory]
    [InlineData("收到 谢谢")]
    [InlineData("收到，谢谢书记")]
    public async Task A_receipt_with_thanks_asks_the_intent_layer_for_nothing(string line) =>
        Assert.Null(await ReadAsync(line));

    [Fact]
    public async Task A_receipt_with_thanks_after_a_meeting_notice_only_notes_it()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.LiuYang.SkipReplies().Send("收到 谢谢").ExpectReply("已记下");
    }

    [Theory]
    [InlineData("把十月份开过的那次党小组会补录进去十月二十二号下午三点党员活动室", "补录|会议=党小组会|日期=2026-10-22|时间=15:00|地点=党员活动室")]
    [InlineData("上个月十八号那次支委会忘了录进去了下午四点在书记办公室开的你给补一下", "补录|会议=支委会|日期=2026-10-18|时间=16:00|地点=书记办公室")]
    [InlineData("哎呀我这记性 上周五的支委会忘录了 晚上七点 党员活动室 帮我补上", "补录|会议=支委会|日期=2026-11-20|时间=19:00|地点=党员活动室")]
    public async Task A_meeting_recorded_in_a_run_on_sentence_keeps_its_hour_and_room(string line, string expected)
    {
        var reading = await ReadAsync(line);

        Assert.NotNull(reading);
        AssertCarries(line, reading!, expected);
    }

    [Fact]
    public async Task Taking_back_leave_with_the_word_撤回_is_asked_as_撤销请假_not_run_as_a_broadcast_recall()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.SkipReplies().Send("撤回我刚才的请假").ExpectReply("请假");
        Assert.DoesNotContain("广播", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("支委们都说周五晚上太晚了 想改到中午")]
    [InlineData("大家反映周五晚上太晚了 支委会改到中午")]
    public async Task What_a_group_said_is_passed_on_and_asked_not_done(string line)
    {
        var reading = await ReadAsync(line);

        Assert.NotNull(reading);
        Assert.True(reading!.Confidence < BranchBot.Dialogs.Intents.IntentRecognizer.RunThreshold, $"{line}: read as sure {reading.Command}");
    }

    [Fact]
    public async Task A_transfer_told_as_done_before_the_request_is_why_the_member_is_removed()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.SkipReplies().Send("刘洋退休回老家了组织关系转到老家社区了你把他从支部名单里拿掉").ExpectReply("移出支部");
        Assert.DoesNotContain("转接", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }
}
