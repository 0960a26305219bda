using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// Lines in the styles of tester-intents-8.tsv (issue 13) sent through the real bot as the 书记 of
/// <see cref="IntentBranch"/> (Wednesday 2026-11-25 10:00; 党员大会 2026-12-02 14:30 三楼会议室, 支委会 2026-11-27
/// 19:00): a day said after the time, a new value said before the verb, a greeting before the request; and sentences
/// that name a command without asking for it (a report of it done, a promise, quoted or forwarded words, a negation,
/// dues not paid yet) are asked back with the command named, never done.
/// </summary>
public class ReportsPolitenessAndDuesInWordsTests
{
    [Theory]
    [InlineData("晚上七点半 后天 党课", "11月27日", "19:30")]
    [InlineData("上午十点 下下周一 支委会", "12月7日", "10:00")]
    [InlineData("安排 党课 下午三点 明天 三楼会议室", "11月26日", "15:00")]
    public async Task A_day_said_after_the_time_is_the_day_of_the_arrangement(string line, string day, string time)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send(line).ExpectReply("请确认会议安排");

        Assert.Contains(day, branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains(time, branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("支委会 下周一 挪过去", "11月30日")]
    [InlineData("下午四点，周五的支委会改成这个点", "16:00")]
    [InlineData("五楼大会议室，下周三党员大会换到那边开", "五楼大会议室")]
    public async Task A_new_value_said_before_the_verb_reaches_the_preview_of_that_change(string line, string changed)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send(line).ExpectReply("确认吗");

        Assert.Contains(changed, branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_fields_changed_in_one_message_are_asked_not_previewed()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("党员大会改到五楼，时间改成三点").ExpectReplyNotContaining("你是想", "确认吗");
    }

    [Theory]
    [InlineData("王芳的邀请码我昨天给过她了", "邀请码")]
    [InlineData("周五支委会我到时候会签到的", "签到")]
    [InlineData("组织委员转来的：王芳11月党费200元已收", "收党费")]
    [InlineData("我不是要请假，就是问问", "请假")]
    public async Task A_report_a_promise_or_quoted_words_are_asked_back_and_nothing_is_done(string line, string command)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send(line).ExpectReply("你是想「" + command).ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("党课的通知我前天已经发了", "广播")]
    [InlineData("这个月党费先不交了", "交党费")]
    [InlineData("帮我爱人请个假，她也是党员", "请假")]
    public async Task A_command_named_but_not_asked_for_is_named_back_with_its_help(string line, string command)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send(line).ExpectReply($"这句话说到了「{command}」，我没有办理任何事").WithButtonsIncluding(command, $"帮助 {command}");
    }

    [Fact]
    public async Task Dues_received_said_in_words_offer_收党费_rather_than_running_收到()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("收到刘洋11月党费").ExpectReply("收党费 刘洋 11月").WithButtonsIncluding("收党费 刘洋 11月");
    }

    [Fact]
    public async Task A_greeting_before_the_request_is_no_part_of_it()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("不好意思打扰，想看下我党费交到哪个月了").ExpectReply("党费");
        Assert.DoesNotContain("没有理解", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leave_said_before_its_verb_is_offered_with_the_meeting_and_the_reason()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("打扰了，周五支委会那个假帮我请一下，家里老人住院了").ExpectReply("家里老人住院");

        Assert.Contains("支委会", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }
}
