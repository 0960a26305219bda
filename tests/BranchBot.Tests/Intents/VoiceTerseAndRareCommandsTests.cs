using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// Lines in the styles of tester-intents-11.tsv (issue 13) sent through the real bot as the 书记 of
/// <see cref="IntentBranch"/> (Wednesday 2026-11-25 10:00; 党员大会 2026-12-02 14:30 三楼会议室, 支委会 2026-11-27
/// 19:00 党员活动室): voice input with fillers (嗯, 那个, 就是) that never reach a reason or a place; terse 书记 lines with
/// a name first; the rarer commands asked for in loose words, which answer as the command typed; and lines that only
/// talk about a command, which are asked back, never run.
/// </summary>
public class VoiceTerseAndRareCommandsTests
{
    [Theory]
    [InlineData("嗯那个明天上午十点在社区服务中心搞个主题党日", "明天上午十点在社区服务中心搞个主题党日")]
    [InlineData("呃就是新来的周敏你帮我加进去", "新来的周敏帮我加进去")]
    [InlineData("我那个周五的支委会要请个假就是要去医院复查", "我周五的支委会要请个假，要去医院复查")]
    [InlineData("你帮我请个假吧下周三那个大会我要陪老伴去医院", "帮我请个假吧下周三大会我要陪老伴去医院")]
    [InlineData("那个假不请了", "那个假不请了")]
    [InlineData("嗯嗯", "嗯嗯")]
    [InlineData("就是说说而已", "就是说说而已")]
    public void Voice_fillers_are_no_part_of_the_request(string dictated, string meant)
    {
        Assert.Equal(meant, IntentText.WithoutVoiceFillers(dictated));
    }

    [Fact]
    public async Task A_dictated_leave_keeps_only_the_reason_not_the_fillers()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("嗯我那个周五的支委会要请个假就是要去医院复查").ExpectReply("你是想「请假");

        Assert.Contains("去医院复查」", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("嗯", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("就是", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("嗯那个明天上午十点在社区服务中心搞个主题党日", "地点：社区服务中心")]
    [InlineData("那个下下周三上午九点半开支委会地点还是党员活动室", "地点：党员活动室")]
    public async Task A_dictated_arrangement_keeps_the_place_without_fillers(string line, string place)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send(line).ExpectReply("请确认会议安排");

        Assert.Contains(place, branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_voiced_leave_reason_loses_the_wanting_said_before_it()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("你帮我请个价吧下周三那个大会我要陪老伴去医院").ExpectReply("你是想「请假");

        Assert.Contains(" 陪老伴去医院」", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("修改会议 支委会 12.4 19:30", "12月4日")]
    [InlineData("支为会改到下周一", "11月30日")]
    [InlineData("党员大会 地点 五楼大会议室", "五楼大会议室")]
    public async Task A_homophone_or_a_terse_change_reaches_the_preview_of_that_change(string line, string changed)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send(line).ExpectReply("确认吗");

        Assert.Contains(changed, branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("张丽华 设 支委", "设置角色 张丽华 支委")]
    [InlineData("孙伟 新党员 加一下", "添加党员 孙伟")]
    [InlineData("新来的孙伟帮我录到系统里", "添加党员 孙伟")]
    public async Task A_terse_line_with_a_name_first_is_offered_as_its_command(string line, string offered)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send(line).ExpectReply($"你是想「{offered}」吗").WithButtonsIncluding(offered);
    }

    [Theory]
    [InlineData("每个月固定开的会有哪些", "定期安排")]
    [InlineData("看看定期发的广播", "定期广播")]
    [InlineData("必访的名单给我看看", "必访任务")]
    [InlineData("匿名建议都拿来看看", "匿名建议列表")]
    [InlineData("大家匿名提的建议", "匿名建议列表")]
    [InlineData("今年的党费台账拉一下", "党费台账")]
    [InlineData("所有入党积极分子和发展对象列一下", "发展党员台账")]
    [InlineData("看看问答的有用没用统计", "问答反馈")]
    [InlineData("有哪些交了党费等我确认的", "确认党费")]
    [InlineData("谈心 今年 情况", "谈心情况 今年")]
    [InlineData("党员大会 签到 谁没到", "签到情况")]
    public async Task A_command_asked_for_in_loose_words_answers_as_the_command_typed(string line, string typed)
    {
        var expected = await FirstReplyAsync(typed);

        Assert.Equal(expected, await FirstReplyAsync(line));
    }

    [Theory]
    [InlineData("党费台账我上个月已经对过了", "党费台账")]
    [InlineData("定期安排那个我再考虑一下", "定期安排")]
    [InlineData("发展党员台账上个月已经整理过了", "发展党员台账")]
    public async Task A_line_that_only_talks_about_a_command_is_asked_back_not_run(string line, string command)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send(line).ExpectReply("你是想「" + command).ExpectNoMoreReplies();
    }

    private static async Task<string> FirstReplyAsync(string line)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send(line).ExpectReply(string.Empty);
        return branch.Secretary.LastReplyText;
    }
}
