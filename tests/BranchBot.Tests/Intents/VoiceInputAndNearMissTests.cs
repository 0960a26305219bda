using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

using static BranchBot.Tests.Intents.SecretaryReadings;

namespace BranchBot.Tests.Intents;

/// <summary>
/// Lines of tester-intents-6.tsv (issue 13): voice input with its 同音字 (前到, 请加, 只委会, 党远大会, 谈新), a notice to
/// the audience said beside an arrangement, and near-misses that name a write but ask for nothing now (hearsay by a
/// member's name, a decision held back, a complaint, a change of mind), which are asked,
/// never sure. A member asking to see their own leave gets their meetings with its status, and a question naming a
/// command that the rules do not answer is asked back about the command rather than declined. Run on the branch of
/// <see cref="IntentBranch"/> (Wednesday 2026-11-25 10:00, the 书记 speaking).
/// </summary>
public class VoiceInputAndNearMissTests
{
    [Theory]
    [InlineData("下周三党员大会我请加 家里老人住院", "请假|会议=党员大会|日期=2026-12-02|事由=家里老人住院")]
    [InlineData("帮我前个到", "签到")]
    [InlineData("周五的只委会取消吧", "取消会议|会议=支委会|日期=2026-11-27")]
    [InlineData("按排下周四下午三点党远大会三楼会议室", "安排|会议=党员大会|日期=2026-12-03|时间=15:00|地点=三楼会议室")]
    [InlineData("安排下周二晚上七点支委会 线上 顺便通知大家", "安排|会议=支委会|日期=2026-12-01|时间=19:00|地点=线上")]
    [InlineData("我想跟刘洋谈新", "约谈心|姓名=刘洋")]
    [InlineData("书记我礼拜五的只委会请个假 要出差", "请假|会议=支委会|日期=2026-11-27|事由=出差")]
    [InlineData("安排 支委会 12月3日 3pm 党员活动室", "安排|会议=支委会|日期=2026-12-03|时间=15:00|地点=党员活动室")]
    [InlineData("下周二晚7点半支委会线上开", "安排|会议=支委会|日期=2026-12-01|时间=19:30|地点=线上")]
    [InlineData("下周三的会改成3pm", "修改会议|会议=党员大会|时间=15:00")]
    [InlineData("党员大会我请个假，这周在北京出差", "请假|会议=党员大会")]
    [InlineData("记一下，今天和王芳谈了心，她说工作压力大", "记录谈心|姓名=王芳")]
    [InlineData("王芳告诉我她换手机了，给她重发邀请码", "邀请码|姓名=王芳")]
    public async Task Voice_input_and_a_notice_said_beside_are_read_as_meant(string line, string expected)
    {
        var reading = await ReadAsync(line);

        Assert.NotNull(reading);
        Assert.True(reading!.Confidence >= IntentRecognizer.RunThreshold, $"{line}: {reading.Command} {reading.Confidence}");
        AssertCarries(line, reading!, expected);
    }

    [Theory]
    [InlineData("支委会提前到晚上六点半", "修改会议|会议=支委会|时间=18:30")]
    [InlineData("请加个党员 孙悦", "添加党员|姓名=孙悦")]
    public async Task Words_that_only_sound_alike_elsewhere_are_kept(string line, string expected)
    {
        var reading = await ReadAsync(line);

        Assert.NotNull(reading);
        AssertCarries(line, reading!, expected);
    }

    [Theory]
    [InlineData("王芳讲支委会改到周六了", "修改会议")]
    [InlineData("张丽华跟我说想当支委", "设置角色")]
    [InlineData("刘洋的假先不批", "不批准请假")]
    [InlineData("签到老是签不上", "签到")]
    [InlineData("谈心的事我想想再说", "谈心")]
    [InlineData("本来想请假的 后来还是去了", "请假")]
    [InlineData("下周那个大会我请个假", "请假")]
    [InlineData("前到的事情我不太懂", "签到")]
    public async Task A_write_named_but_not_asked_for_now_is_only_likely(string sentence, string command)
    {
        var reading = await ReadAsync(sentence);

        Assert.NotNull(reading);
        Assert.Equal(command, reading!.Command);
        Assert.InRange(reading.Confidence, IntentRecognizer.AskThreshold, IntentRecognizer.RunThreshold - 0.01);
    }

    [Fact]
    public async Task A_time_typed_as_3pm_is_the_afternoon_in_the_arrangement()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("安排 支委会 12月3日 3pm 党员活动室").ExpectReply("请确认会议安排");
        Assert.Contains("15:00", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("党员活动室", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("3pm", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_months_paid_together_are_reported_month_by_month()
    {
        var reading = await ReadAsync("我把11月和12月的党费一起交了");

        Assert.NotNull(reading);
        Assert.Equal("交党费", reading!.Command);
        Assert.Equal("交党费 11月 12月", reading.CommandLine);
    }

    [Theory]
    [InlineData("我的请假")]
    [InlineData("看看我的请假记录")]
    public async Task Asking_to_see_ones_own_leave_shows_ones_meetings_with_their_status(string line)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("近期安排").ExpectReply(string.Empty);
        var upcoming = branch.ChenJing.LastReplyText;

        branch.ChenJing.Send(line).ExpectReply(upcoming);
    }

    [Theory]
    [InlineData("请假怎么弄", "请假")]
    [InlineData("广播能撤回吗", "广播")]
    [InlineData("邀请码过期了怎么办", "生成邀请码")]
    public async Task A_question_naming_a_command_without_an_exact_rule_asks_about_the_command(string question, string command)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send(question).ExpectReplyNotContaining($"你是想用「{command}」", "没有找到确切规定")
            .WithButtonsIncluding(command, $"帮助 {command}", "转交书记");
    }

    [Theory]
    [InlineData("广播是啥", "「广播」用来向全体党员", "你收到的广播通知可以发送「我的通知」查看。")]
    [InlineData("我可以发广播吗", "「广播」用来", "只有书记、副书记和支委可以使用「广播」。")]
    [InlineData("台账怎么看啊", "「台账」用来按年或季度查看", "只有书记、副书记和支委可以使用「台账」。")]
    public async Task A_member_asking_about_a_command_of_the_committee_is_told_what_it_does_and_what_serves_them(string question, string what, string who)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.ChenJing.Send(question).ExpectReplyNotContaining(what, "只能回答党支部工作");
        Assert.Contains(who, branch.ChenJing.LastReplyText, StringComparison.Ordinal);
    }
}
