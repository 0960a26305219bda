using BranchBot.Core.Meetings;
using ChatBranch = BranchBot.Tests.Meetings.Chat.MeetingBranch;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Meetings.Recording;

/// <summary>补录 in chat; the clock starts on Wednesday 2026-11-25 at 10:00 in Beijing, the day the branch is claimed.</summary>
public class RecordConversationTests
{
    private const string OneLine = "补录 10月15日下午3点 党员大会 学习二十届三中全会精神 地点党员活动室 出席 张三 李四 王书记 请假 赵六";

    [Fact]
    public async Task Confirming_again_after_the_reply_was_lost_records_the_meeting_once_and_names_it()
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);
        branch.Secretary.Send(OneLine).ExpectReply("请确认补录的会议")
            .SendWhileChannelFails("确认")
            .Send("确认").ExpectReply("10月15日（星期四）15:00 党员大会「学习二十届三中全会精神」已经有记录了，不需要重复补录。");

        Assert.Single(await MeetingsAsync(bot));
    }

    [Fact]
    public async Task A_held_meeting_is_recorded_in_one_line_after_confirmation_without_notifying_anyone()
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);

        branch.Secretary.Send(OneLine).ExpectReply("请确认补录的会议").WithButtons("确认", "修改", "取消");
        var summary = branch.Secretary.LastReplyText;
        Assert.Contains("类型：党员大会", summary, StringComparison.Ordinal);
        Assert.Contains("时间：10月15日（星期四）15:00", summary, StringComparison.Ordinal);
        Assert.Contains("地点：党员活动室", summary, StringComparison.Ordinal);
        Assert.Contains("主题：学习二十届三中全会精神", summary, StringComparison.Ordinal);
        Assert.Contains("出席（3人）：张三、李四、王书记", summary, StringComparison.Ordinal);
        Assert.Contains("请假（1人）：赵六", summary, StringComparison.Ordinal);
        Assert.Empty(await MeetingsAsync(bot));

        branch.Secretary.Send("确认").ExpectReply("已补录").ExpectNoMoreReplies();
        Assert.Contains("出席 3 人，请假 1 人，缺席 1 人", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        var meeting = Assert.Single(await MeetingsAsync(bot));
        Assert.True(meeting.RecordedAfterwards);
        Assert.Equal(new DateTimeOffset(2026, 10, 15, 15, 0, 0, TimeSpan.FromHours(8)), meeting.StartsAt);
        Assert.Equal(0, bot.DeliverOutbox());
        Assert.Empty(bot.Channel.Pending);
        foreach (var member in new[] { branch.Zhang, branch.Li, branch.Zhao })
        {
            member.ExpectNoMoreReplies();
        }
    }

    [Theory]
    [InlineData("补录 10月15号下午3点的党员大会，张三和李四参加了，赵六请假", "出席（2人）：张三、李四", "请假（1人）：赵六")]
    [InlineData("补录 10月15日下午3点 党员大会，参加的有张三、李四、王书记，请假的是赵六", "出席（3人）：张三、李四、王书记", "请假（1人）：赵六")]
    [InlineData("补录 10月15日下午3点党员大会，全体到齐", "出席（5人）", null)]
    public async Task Who_came_said_in_clauses_of_its_own_is_read_and_never_taken_for_the_topic(string line, string attended, string? onLeave)
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);

        // Only the topic is left to ask: nothing of the line is taken for it.
        branch.Secretary.Send(line).ExpectReply("会议主题是什么？")
            .Send("跳过").ExpectReply("请确认补录的会议").WithButtons("确认", "修改", "取消");
        var summary = branch.Secretary.LastReplyText;
        Assert.Contains("类型：党员大会", summary, StringComparison.Ordinal);
        Assert.Contains("时间：10月15日（星期四）15:00", summary, StringComparison.Ordinal);
        Assert.Contains(attended, summary, StringComparison.Ordinal);
        if (onLeave is not null)
        {
            Assert.Contains(onLeave, summary, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("参加", summary.Replace("应参加：", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("主题：（未填）", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_meeting_asked_for_at_the_kind_question_is_not_taken_for_the_kind_of_the_one_being_recorded()
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);
        branch.Secretary.Send("补录 11月20号下午").ExpectReply("要补录哪一类会议？");

        // Never answered with 支委会 and the request dropped (it was: "11月20日几点开始的？"): the record is set aside for
        // 继续填写 and the new request is read on its own.
        branch.Secretary.Send("下周二晚上七点半在线上开个支委会，腾讯会议，研究年底考核").ExpectReply("你填写的补录内容都已保存")
            .ExpectReply("支委会");
        Assert.DoesNotContain("11月20日", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        // Named as the answer, with or without a time beside it, the kind is still taken.
        branch.Secretary.SkipReplies().Send("取消").SkipReplies().Send("补录 11月20号下午").ExpectReply("要补录哪一类会议？")
            .Send("支委会，下午三点开的").ExpectReplyNotContaining(string.Empty, "要补录哪一类会议");
    }

    [Fact]
    public async Task Empty_months_before_the_bot_was_in_use_read_as_one_line_per_rule()
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);
        branch.Secretary.Send("台账").ExpectReply("2026年组织生活台账");
        var ledger = branch.Secretary.LastReplyText;
        Assert.Contains("\n  2026年1月至10月：10期 · 启用前（可补录）", ledger, StringComparison.Ordinal);
        Assert.Contains("\n  2026年第一季度至第三季度：3期 · 启用前（可补录）", ledger, StringComparison.Ordinal);
        Assert.DoesNotContain("2026年5月：应开1次", ledger, StringComparison.Ordinal);

        branch.Secretary.Send("补录 5月20日下午3点 主题党日 重温入党誓词 全体出席").ExpectReply("请确认补录的会议").Send("确认").ExpectReply("已补录");
        branch.Secretary.Send("台账").ExpectReply("2026年组织生活台账");
        Assert.Contains("\n  2026年5月：应开1次，已开1次", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recorded_meeting_counts_in_the_ledger_and_its_attendance()
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);
        branch.Secretary.Send("台账 2026年第四季度").ExpectReply("2026年第四季度组织生活台账");
        Assert.Contains("2026年10月：应开1次，已开0次 · 启用前（可补录）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("不计为缺开", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        branch.Secretary.Send("补录 10月20日下午3点 主题党日 重温入党誓词 全体出席").ExpectReply("请确认补录的会议").Send("确认").ExpectReply("已补录");
        branch.Secretary.Send("台账 2026年第四季度").ExpectReply("2026年第四季度组织生活台账");
        var ledger = branch.Secretary.LastReplyText;
        Assert.Contains("【主题党日】每月至少1次", ledger, StringComparison.Ordinal);
        Assert.Contains("2026年10月：应开1次，已开1次 · 达标", ledger, StringComparison.Ordinal);

        branch.Secretary.Send("签到情况").ExpectReply("主题党日");
        Assert.Contains("应到 5 人，实到 5 人", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_guided_dialog_asks_for_kind_time_topic_and_attendees()
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);

        branch.Secretary.Send("补录").ExpectReply("要补录哪一类会议").WithButtonsIncluding("党员大会", "党课");
        branch.Secretary.Send("党课").ExpectReply("这次党课是哪天几点召开的");
        branch.Secretary.Send("9月28日").ExpectReply("9月28日几点开始的");
        branch.Secretary.Send("上午9点").ExpectReply("会议主题是什么").WithButtons("跳过");
        branch.Secretary.Send("书记讲党课").ExpectReply("哪些同志出席了").WithButtons("全体出席");
        branch.Secretary.Send("张三、李四，王书记 请假 钱七").ExpectReply("请确认补录的会议");
        var summary = branch.Secretary.LastReplyText;
        Assert.Contains("时间：9月28日（星期一）09:00", summary, StringComparison.Ordinal);
        Assert.Contains("主题：书记讲党课", summary, StringComparison.Ordinal);
        Assert.Contains("出席（3人）", summary, StringComparison.Ordinal);
        Assert.Contains("请假（1人）：钱七", summary, StringComparison.Ordinal);
        branch.Secretary.Send("确认").ExpectReply("已补录");
        Assert.Equal(MeetingKind.PartyLecture, Assert.Single(await MeetingsAsync(bot)).Kind);
    }

    [Fact]
    public async Task Everyone_attended_selects_the_whole_audience()
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);

        branch.Secretary.Send("补录 11月2日下午3点 党员大会 学习党章").ExpectReply("哪些同志出席了");
        branch.Secretary.Send("全体出席").ExpectReply("请确认补录的会议");
        var summary = branch.Secretary.LastReplyText;
        Assert.Contains("出席（5人）：", summary, StringComparison.Ordinal);
        Assert.All(new[] { "王书记", "张三", "李四", "赵六", "钱七" }, name => Assert.Contains(name, summary, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("10月15日下午3点", 2026, 10, 15, 15)]
    [InlineData("11月25日上午9点", 2026, 11, 25, 9)]
    [InlineData("12月20日下午3点", 2025, 12, 20, 15)]
    [InlineData("20号下午3点", 2026, 11, 20, 15)]
    [InlineData("周三上午9点", 2026, 11, 25, 9)]
    [InlineData("周五下午3点", 2026, 11, 20, 15)]
    [InlineData("下午3点", 2026, 11, 24, 15)]
    [InlineData("昨天下午3点", 2026, 11, 24, 15)]
    [InlineData("2026年3月5日上午9点", 2026, 3, 5, 9)]
    public async Task Dates_without_a_year_resolve_to_the_latest_past_moment(string typed, int year, int month, int day, int hour)
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);

        branch.Secretary.Send($"补录 {typed} 党员大会 学习党章 全体出席").ExpectReply("请确认补录的会议");
        var expected = new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(8));
        Assert.Contains($"时间：{(year == 2026 ? string.Empty : $"{year}年")}{month}月{day}日", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("确认").ExpectReply("已补录");
        Assert.Equal(expected, Assert.Single(await MeetingsAsync(bot)).StartsAt);
    }

    [Theory]
    [InlineData("明天下午3点")]
    [InlineData("今天下午3点")]
    [InlineData("2026年12月1日下午3点")]
    [InlineData("下周一上午9点")]
    public async Task A_time_still_to_come_is_refused_and_asked_again(string typed)
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);

        branch.Secretary.Send($"补录 {typed} 党员大会 学习党章 全体出席").ExpectReply("还没有到").ExpectNoMoreReplies();
        Assert.Contains("将来的会议请用「安排」", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("是哪天几点召开的", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("11月20日下午3点").ExpectReply("请确认补录的会议");
    }

    [Fact]
    public async Task A_meeting_before_last_year_is_refused()
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);

        branch.Secretary.Send("补录 2024年12月1日下午3点 党员大会 学习党章 全体出席").ExpectReply("补录只能记录2025年1月1日以来召开的会议");
    }

    [Fact]
    public async Task Unknown_attendee_names_are_reported_and_asked_again()
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);

        branch.Secretary.Send("补录 10月15日下午3点 党员大会 学习党章 出席 张三 孙八 周九 请假 赵六")
            .ExpectReply("名册中找不到：孙八、周九").ExpectNoMoreReplies();
        Assert.Contains("哪些同志出席了", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("张三 李四 请假 赵六").ExpectReply("请确认补录的会议");
        Assert.Contains("出席（2人）：张三、李四", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_may_not_record_a_meeting()
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);

        branch.Zhang.Send(OneLine).ExpectReply("只有书记、副书记和支委可以使用「补录会议」").ExpectNoMoreReplies();
        Assert.Empty(await MeetingsAsync(bot));
    }

    [Fact]
    public async Task A_committee_member_may_record_a_meeting()
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot).WithCommitteeMember("李四");

        branch.Li.Send("补录 10月15日下午3点 支委会 研究发展党员 出席 王书记 李四").ExpectReply("请确认补录的会议").Send("确认").ExpectReply("已补录");
        Assert.Equal(MeetingKind.CommitteeMeeting, Assert.Single(await MeetingsAsync(bot)).Kind);
    }

    [Fact]
    public async Task Recording_the_same_meeting_twice_is_refused()
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);
        branch.Secretary.Send(OneLine).ExpectReply("请确认补录的会议").Send("确认").ExpectReply("已补录");

        branch.Secretary.Send(OneLine).ExpectReply("请确认补录的会议").Send("确认").ExpectReply("已经有记录了，不需要重复补录");
        Assert.Single(await MeetingsAsync(bot));
    }

    [Fact]
    public async Task A_group_meeting_is_recorded_for_the_named_party_group_with_its_members()
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);

        branch.Secretary.Send("补录 11月3日晚上7点 党小组会 第一党小组 学习党章 全体出席").ExpectReply("请确认补录的会议");
        var summary = branch.Secretary.LastReplyText;
        Assert.Contains("应参加：第一党小组（2人）", summary, StringComparison.Ordinal);
        Assert.Contains("出席（2人）：", summary, StringComparison.Ordinal);
        Assert.All(new[] { "张三", "李四" }, name => Assert.Contains(name, summary, StringComparison.Ordinal));
        Assert.DoesNotContain("赵六", summary, StringComparison.Ordinal);
        branch.Secretary.Send("确认").ExpectReply("已补录");
        var meeting = Assert.Single(await MeetingsAsync(bot));
        Assert.Equal(AudienceKind.Group, meeting.Audience.Kind);
    }

    [Fact]
    public async Task Changing_the_attendees_from_the_summary_asks_for_them_again()
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);

        branch.Secretary.Send(OneLine).ExpectReply("请确认补录的会议").Send("修改").ExpectReply("要修改哪一项").WithButtons("类型", "时间", "主题", "出席人员");
        branch.Secretary.Send("出席人员").ExpectReply("哪些同志出席了");
        branch.Secretary.Send("全体出席 请假 赵六").ExpectReply("请确认补录的会议");
        Assert.Contains("出席（4人）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("请假（1人）：赵六", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("取消").ExpectReply("已取消当前操作。");
        Assert.Empty(await MeetingsAsync(bot));
    }

    [Fact]
    public async Task Help_offers_recording_to_the_secretary_but_not_to_members()
    {
        await using var bot = new BotHarness();
        var branch = new ChatBranch(bot);

        branch.Secretary.Send("帮助 会议").ExpectReply("• 补录 时间 类型 主题 地点… 出席 姓名… 请假 姓名… — 登记已经召开过的会议");
        branch.Zhang.Send("帮助 会议").ExpectReplyNotContaining("【会议与签到】三会一课等组织生活的安排、签到、请假和台账。", "补录");
        branch.Zhang.Send("帮助 补录").ExpectReply("只有书记、副书记和支委可以使用「补录会议」。");
    }

    private static async Task<IReadOnlyList<Meeting>> MeetingsAsync(BotHarness bot) =>
        await bot.Services.GetRequiredService<IMeetingStore>().ListStartingBetweenAsync(
            BotHarness.Start.AddYears(-2), BotHarness.Start.AddYears(1), CancellationToken.None);
}
