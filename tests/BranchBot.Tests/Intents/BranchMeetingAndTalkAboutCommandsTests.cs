using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

using static BranchBot.Tests.Intents.SecretaryReadings;

namespace BranchBot.Tests.Intents;

/// <summary>
/// The round on tester-intents-5.tsv (issue 13): "支部会" is the branch's meeting, a 党员大会 or a 支委会, taken as the one
/// its day names and asked about otherwise, never guessed nor kept as a place or a reason; what someone else said, a
/// write negated over its object, a decision already made and a "where" question are talk about a command, not a
/// request; and the lines a command form or a notice names carry their member, group and 党小组.
/// </summary>
public class BranchMeetingAndTalkAboutCommandsTests
{
    [Theory]
    [InlineData("周五支部会来不了，家里有事", "请假 周五支委会 家里有事", "申请不参加11月27日（星期五）19:00 支委会「研究发展党员」。\n原因：家里有事")]
    [InlineData("下周三的支部会我去不了，出差", "请假 下周三党员大会 出差", "申请不参加12月2日（星期三）14:30 党员大会「学习四中全会精神」。\n原因：出差")]
    public async Task The_branch_meeting_on_a_day_with_one_such_meeting_is_that_meeting(string sentence, string offered, string requested)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        // The 书记 asks leave too: as a leader they also get the request to decide.
        branch.Secretary.Send(sentence).ExpectReply($"你是想「{offered}」吗？")
            .Send(offered).ExpectReply(requested);
    }

    [Theory]
    [InlineData("下周三下午单位临时有个检查 走不开 大会去不了了", "请假 下周三下午党员大会 单位临时有个检查")]
    [InlineData("周五支委会来不了了 孩子发烧", "请假 周五支委会 孩子发烧")]
    public async Task A_cannot_come_said_with_a_closing_le_leaves_no_le_in_the_reason(string sentence, string offered)
    {
        // "…去不了了" left its last 了 on the reason: "单位临时有个检查了".
        var reading = await ReadAsync(sentence);

        Assert.NotNull(reading);
        Assert.Equal(offered, reading!.CommandLine);
    }

    [Fact]
    public async Task The_branch_meeting_without_a_day_is_not_taken_for_either_meeting()
    {
        var reading = await ReadAsync("支部会我请个假，出差");

        Assert.NotNull(reading);
        Assert.Equal("请假", reading!.Command);
        Assert.False(reading.Slots.ContainsKey(IntentSlots.Meeting));
        Assert.Equal("请假 出差", reading.CommandLine);
    }

    [Fact]
    public async Task Cancelling_the_branch_meeting_without_a_day_asks_which_meeting()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("支部会不开了").ExpectReply("要取消哪一次会议？");
        Assert.Equal(2, (await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(5, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Arranging_the_branch_meeting_asks_which_kind_and_never_keeps_the_word_as_the_place()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("安排 支部会 下周五下午3点").ExpectReply("要安排哪一类会议？")
            .Send("支委会").ExpectReply("在哪里开").Send("跳过").ExpectReply("会议主题").Send("跳过").ExpectReply("请确认会议安排");

        Assert.DoesNotContain("支部会", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("12月4日", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_branch_meeting_word_is_found_but_never_inside_a_room_name()
    {
        Assert.True(MeetingKinds.TryFindBranchMeeting("下周三的支部会我去不了", out var start, out var length));
        Assert.Equal("支部会", "下周三的支部会我去不了".Substring(start, length));
        Assert.False(MeetingKinds.TryFindBranchMeeting("在支部会议室开", out _, out _));
        Assert.False(MeetingKinds.TryFindBranchMeeting("支部大会", out _, out _));
    }

    [Theory]
    [InlineData("听说支委会要取消了？")]
    [InlineData("别把王芳删了")]
    [InlineData("刘洋的假我昨天已经批了")]
    [InlineData("签到码在哪里看")]
    public async Task Talk_about_a_command_that_writes_is_never_sure(string sentence)
    {
        var reading = await ReadAsync(sentence);

        Assert.True(reading is null || reading.Confidence < IntentRecognizer.RunThreshold, $"{sentence}: {reading?.Command} {reading?.Confidence}");
    }

    [Theory]
    [InlineData("把王芳删了", "移除党员")]
    [InlineData("刘洋的假我批了", "批准请假")]
    [InlineData("签到码 3391", "签到")]
    public async Task The_same_commands_asked_for_now_stay_sure(string sentence, string command)
    {
        var reading = await ReadAsync(sentence);

        Assert.NotNull(reading);
        Assert.Equal(command, reading!.Command);
        Assert.True(reading.Confidence >= IntentRecognizer.RunThreshold, $"{sentence}: {reading.Confidence}");
    }

    [Theory]
    [InlineData("添加党员：何军、第一党小组", "添加党员|姓名=何军|党小组=第一党小组")]
    [InlineData("新来的郑凯加到支部里", "添加党员|姓名=郑凯")]
    [InlineData("发通知给第一党小组：周六上午打扫卫生", "广播|党小组=第一党小组")]
    [InlineData("书记，我下周三单位有检查，党员大会去不成了", "请假|会议=党员大会|日期=2026-12-02|事由=单位有检查")]
    [InlineData("下周三下午的大会我请个假，老家有事回去一趟", "请假|日期=2026-12-02|事由=老家有事回去一趟")]
    [InlineData("想和陈静谈一次心", "约谈心|姓名=陈静")]
    [InlineData("下周五上午十点半，开个党员大会，会议室待定", "安排|会议=党员大会|日期=2026-12-04|时间=10:30")]
    [InlineData("这次党员大会缺席的有谁", "签到情况|会议=党员大会")]
    [InlineData("今年党课次数够不够", "台账")]
    [InlineData("今年党课开够了吗", "台账")]
    [InlineData("这个月还差什么会没开", "台账")]
    [InlineData("刚才那个通知说啥来着", "我的通知")]
    [InlineData("支部现在多少人", "党员名单")]
    [InlineData("最近的通知我看下", "我的通知")]
    [InlineData("我有没有没回的通知", "我的通知")]
    [InlineData("书记发的通知在哪看", "我的通知")]
    [InlineData("党费我上周已经转组织委员了", "交党费")]
    [InlineData("11月的党费已经微信转给王芳了", "交党费")]
    [InlineData("我把第四季度党费一起交了", "交党费")]
    [InlineData("看看我的党费", "我的党费")]
    [InlineData("我每个月该交多少党费", "我的党费")]
    [InlineData("党费收得怎么样了", "党费情况")]
    public async Task A_line_people_type_reaches_its_command_with_what_it_carries(string line, string expected)
    {
        var reading = await ReadAsync(line);

        Assert.NotNull(reading);
        Assert.True(reading!.Confidence >= IntentRecognizer.RunThreshold, $"{line}: {reading.Command} {reading.Confidence}");
        AssertCarries(line, reading!, expected);
    }

    [Fact]
    public async Task A_move_to_a_period_without_a_day_asks_the_new_time_and_is_never_a_place()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("周五支委会推迟到下周").ExpectReply("你是想「修改会议 1 时间」吗？")
            .Send("是").ExpectReply("改到什么时候");
        Assert.DoesNotContain("地点", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arrived_and_asking_to_be_signed_in_is_the_check_in_offered()
    {
        var reading = await ReadAsync("人到了，帮忙签一下");

        Assert.NotNull(reading);
        Assert.Equal("签到", reading!.Command);
        Assert.True(reading.Confidence >= IntentRecognizer.RunThreshold, $"{reading.Confidence}");
    }

    [Fact]
    public async Task A_rule_question_about_lateness_is_left_to_the_knowledge_base()
    {
        Assert.Null(await ReadAsync("迟到算不算缺席"));
    }
}
