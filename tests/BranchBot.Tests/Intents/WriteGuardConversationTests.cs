using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Intents;

/// <summary>
/// A free sentence reaches a command's preview only when every slot it carries was read with certainty and it asks
/// for the command now; a guessed slot, a negated verb or a hypothetical is offered as "你是想…吗？" instead, and
/// nothing is previewed or stored (issue 13: no silent writes).
/// </summary>
public class WriteGuardConversationTests
{
    [Theory]
    [InlineData("下周一下午三点开支委会，在老王那边", "安排")]
    [InlineData("12月5日的支委会取消", "取消会议")]
    [InlineData("党员大会改到隔壁", "修改会议")]
    [InlineData("支委会先不取消了", "取消会议")]
    [InlineData("如果下雨，党员大会改到线上", "修改会议")]
    public async Task A_sentence_with_a_guessed_slot_or_asking_nothing_now_is_offered_not_previewed(string sentence, string command)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send(sentence).ExpectReply($"你是想「{command}");

        Assert.DoesNotContain("请确认", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.NotEmpty(branch.Secretary.LastReply!.SuggestedActions?.Actions ?? []);
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task The_same_sentences_with_certain_slots_still_open_the_preview()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("下周一下午三点开支委会，在三楼会议室").ExpectReply("请确认会议安排");
        Assert.Contains("三楼会议室", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("取消").SkipReplies();

        branch.Secretary.Send("取消会议 1").ExpectReply(string.Empty);
        var cancelPreview = branch.Secretary.LastReplyText;
        branch.Secretary.Send("取消").SkipReplies();
        branch.Secretary.Send("周五的支委会取消").ExpectReply(cancelPreview);
        branch.Secretary.Send("取消").SkipReplies();

        branch.Secretary.Send("党员大会改到五楼大会议室").ExpectReply("由「三楼会议室」改为「五楼大会议室」");
    }

    [Fact]
    public async Task A_meeting_change_is_confirmed_with_ordinary_yes_words()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        // "好的" was refused three times at 确认/不修改 and the change dropped ("多次没能理解你的回答").
        branch.Secretary.Send("党员大会改到五楼大会议室").ExpectReply("改为「五楼大会议室」").WithButtons("确认", "不修改");
        branch.Secretary.Send("好的").ExpectReply("五楼大会议室");
        Assert.DoesNotContain("请点选", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        branch.Secretary.Send("党员大会改到六楼").ExpectReply("改为「六楼」");
        branch.Secretary.Send("不用了").ExpectReply("会议保持不变");
    }

    [Fact]
    public async Task Someone_elses_leave_is_asked_about_and_nothing_is_sent()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        var readings = await bot.Services.GetRequiredService<IntentRecognizer>().RecognizeAsync(
            bot.Services.GetRequiredService<IntentInputReader>().Read("刘洋周五的支委会请假，出差", await branch.SecretarySenderAsync()),
            CancellationToken.None);

        Assert.Equal("请假", readings[0].Command);
        Assert.True(readings[0].Confidence < IntentRecognizer.RunThreshold);
        branch.Secretary.Send("刘洋周五的支委会请假，出差").ExpectReply("你是想「请假");
        branch.Secretary.ExpectNoMoreReplies();
    }
}
