using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// Dictated run-ons carry two requests with no pause: "然后" glued to the first request opens the second ("我先签个到然后你再
/// 帮我看看下周还有啥会"); the first is read as it would be alone, and a second read for sure is offered as a button beside
/// it, never run from the sentence. Telling the committee ("然后通知一下各位支委") is part of a meeting's change, not a
/// second request. Also: a suggestion taken back, what the 支委们 talked over, and a 谈心 to be written down are no silent
/// writes (tester-intents-14/-16.tsv).
/// </summary>
public class RunOnRequestsTests
{
    [Theory]
    [InlineData("我先签个到然后你再帮我看看下周还有啥会", "签到", "帮我看看下周还有啥会")]
    [InlineData("你先帮我签到然后告诉我下周有啥会", "签到", "告诉我下周有啥会")]
    public async Task A_request_glued_to_a_second_by_then_is_read_as_the_first_with_the_second_left_over(string text, string command, string leftOver)
    {
        var reading = await SecretaryReadings.ReadAsync(text);

        Assert.NotNull(reading);
        Assert.Equal(command, reading!.Command);
        Assert.Equal(leftOver, reading.LeftOver);
    }

    [Theory]
    [InlineData("你把周五的支委会取消掉然后通知一下各位支委", "取消会议")]
    [InlineData("帮我把下周三党员大会的地点改成一楼报告厅然后通知一下支委们", "修改会议")]
    public async Task Telling_the_committee_after_a_change_is_part_of_the_change(string text, string command)
    {
        var reading = await SecretaryReadings.ReadAsync(text);

        Assert.NotNull(reading);
        Assert.Equal(command, reading!.Command);
        Assert.True(reading.Confidence >= IntentRecognizer.RunThreshold);
        Assert.Null(reading.LeftOver);
    }

    [Fact]
    public async Task A_second_request_read_for_sure_is_offered_as_a_button_and_the_first_is_done()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("看看近期安排然后帮我把周五的支委会取消了")
            .ExpectReply("另一件事「帮我把周五的支委会取消了」要办的话请点")
            .ExpectReply("支委会")
            .ExpectNoMoreReplies();
        Assert.DoesNotContain("确认取消", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        branch.Secretary.Send("近期安排").ExpectReply("支委会");
    }

    [Fact]
    public async Task A_write_beside_a_second_request_is_offered_with_the_second_as_another_button_and_neither_runs()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("我请个假下周三党员大会出差 顺便看看我的党费")
            .ExpectReply("另一件事「看看我的党费」要办的话请点「我的党费」按钮")
            .ExpectReply("请假")
            .WithButtonsIncluding("请假 下周三党员大会 出差", "我的党费");
    }

    [Theory]
    [InlineData("刚那条匿名建议我不提了")]
    [InlineData("支委们商量了 想把支委会放到中午")]
    public async Task A_suggestion_taken_back_or_what_the_committee_talked_over_is_asked_not_run(string text)
    {
        var reading = await SecretaryReadings.ReadAsync(text);

        Assert.NotNull(reading);
        Assert.True(reading!.Confidence < IntentRecognizer.RunThreshold);
    }

    [Fact]
    public async Task A_suggestion_said_as_not_wanting_to_sign_it_is_a_suggestion()
    {
        var reading = await SecretaryReadings.ReadAsync("我有个想法不方便署名就是希望党课能少念文件多讨论");

        Assert.NotNull(reading);
        Assert.Equal("匿名建议", reading!.Command);
    }

    [Fact]
    public async Task A_talk_to_be_written_down_is_never_a_meetings_record()
    {
        var reading = await SecretaryReadings.ReadAsync("心里过意不去 昨天下午跟刘洋谈的心还没记 帮我补记一下");

        Assert.True(reading is null || reading.Command != "补录");
    }
}
