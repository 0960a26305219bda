using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Meetings;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Intents;

/// <summary>
/// Free sentences reach the right command with what they carry (issue 13): read commands and those with their own
/// preview run at once; commands that would write at once are only offered as a button.
/// </summary>
public class IntentConversationTests
{
    private const string DidYouMean = "你是想";

    /// <summary>12-02 14:10 in Shanghai: the 党员大会's check-in window is open.</summary>
    private static readonly DateTimeOffset GeneralMeetingCheckInOpen = new(2026, 12, 2, 6, 10, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_meeting_and_what_to_change_without_the_new_value_is_asked_then_the_value_then_previewed()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("党员大会地点改一下").ExpectReply("你是想「修改会议 2 地点」吗")
            .Send("是").ExpectReply("新的地点是什么")
            .Send("五楼大会议室").ExpectReply("地点由「三楼会议室」改为「五楼大会议室」");
    }

    [Theory]
    [InlineData("修改会议 党员大会 12月3日下午3点", "时间由「12月2日（星期三）14:30」改为「12月3日（星期四）15:00」")]
    [InlineData("修改会议 支委会 地点 二楼小会议室", "地点由「党员活动室」改为「二楼小会议室」")]
    [InlineData("取消会议 支委会", "确认取消11月27日（星期五）19:00 支委会")]
    public async Task A_typed_command_that_starts_with_the_kind_of_the_only_such_meeting_ahead_takes_that_meeting(string line, string shown)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send(line).ExpectReply(shown);
        branch.Secretary.Send("取消").SkipReplies();
    }

    [Theory]
    [InlineData("修改会议 2 时间", "下午2点到4点")]
    [InlineData("修改会议 2 时间 下午2点到4点", null)]
    public async Task A_new_time_typed_as_a_range_keeps_the_meetings_day_and_sets_its_end(string line, string? answer)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send(line);
        if (answer is not null)
        {
            branch.Secretary.ExpectReply("改到什么时候").Send(answer);
        }

        branch.Secretary.ExpectReply("时间由「12月2日（星期三）14:30」改为「12月2日（星期三）14:00–16:00」")
            .Send("确认").ExpectReply("已修改");
        var general = (await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(5, CancellationToken.None)).Single(m => m.Kind == MeetingKind.GeneralMeeting);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 14, 0, 0, TimeSpan.FromHours(8)), general.StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 16, 0, 0, TimeSpan.FromHours(8)), general.EndsAt);
    }

    [Fact]
    public async Task Removing_a_member_in_words_names_them_and_asks_before_removing()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        // A bare 删 and a name does not say from what, so the command is offered first (tester-intents-4.tsv: ASK).
        branch.Secretary.Send("删掉刘洋").ExpectReply("你是想「移除党员 刘洋」吗？");
        branch.Secretary.Send("是").ExpectReply("确认将「刘洋」移出支部吗？").WithButtons("是", "否");
        Assert.NotNull(await bot.Membership.FindByNameAsync("刘洋", CancellationToken.None));

        branch.Secretary.Send("否").ExpectReply("没有移除");
        Assert.NotNull(await bot.Membership.FindByNameAsync("刘洋", CancellationToken.None));
        branch.LiuYang.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Check_in_in_words_is_offered_as_a_button_not_done_silently()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.SetUtcNow(GeneralMeetingCheckInOpen);
        // The button names the meeting it signs in to (the one open for check-in), and signs in to that one.
        branch.ChenJing.Send("我到了，签个到").ExpectReply("你是想「签到 12月2日党员大会」吗？").WithButtons("签到 12月2日党员大会");
        branch.ChenJing.Send("我到了").ExpectReply("你是想「签到 12月2日党员大会」吗？");
        branch.ChenJing.Send("签到 12月2日党员大会").ExpectReply("签到成功：12月2日（星期三）14:30 党员大会");
    }

    [Fact]
    public async Task Arriving_before_check_in_opens_is_told_when_it_opens_without_a_button_to_find_out()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.SetUtcNow(GeneralMeetingCheckInOpen - TimeSpan.FromHours(1));
        branch.ChenJing.Send("我到了").ExpectReply("现在还不能签到。你的下一次会议是12月2日（星期三）14:30 党员大会「学习四中全会精神」，签到将于14:00开放。").WithoutButton("签到");
    }

    [Fact]
    public async Task Arriving_again_after_signing_in_is_told_it_is_done()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.SetUtcNow(GeneralMeetingCheckInOpen);
        branch.ChenJing.Send("签到").ExpectReply("签到成功");
        branch.ChenJing.Send("我到了").ExpectReply("你已经签到过了：12月2日（星期三）14:30 党员大会");
        branch.ChenJing.Send("我到了，签个到").ExpectReply("你已经签到过了");
    }

    [Fact]
    public async Task Leave_for_a_named_meeting_with_its_reason_is_offered_then_sent_for_that_meeting()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("下周三的党员大会我出差去不了，请个假").ExpectReply("你是想「请假 下周三党员大会 出差」吗？")
            .WithButtons("请假 下周三党员大会 出差");
        branch.Secretary.ExpectNoMoreReplies();

        branch.ChenJing.Send("请假 下周三党员大会 出差").ExpectReply("已提交请假申请：12月2日（星期三）14:30 党员大会");
        branch.Secretary.ExpectNotification("陈静申请不参加12月2日（星期三）14:30 党员大会「学习四中全会精神」。\n原因：出差\n请点下面的按钮审批。");
    }

    [Theory]
    [InlineData("下周三的会我去不了")]
    [InlineData("下周三的党员大会我去不了")]
    public async Task Cannot_come_to_a_named_meeting_without_a_reason_offers_that_meeting_then_asks_why(string sentence)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send(sentence).ExpectReply("你是想「请假 下周三党员大会」吗？").WithButtons("请假 下周三党员大会");

        branch.ChenJing.Send("请假 下周三党员大会").ExpectReply("请说明不能参加12月2日（星期三）14:30 党员大会「学习四中全会精神」的原因");
        branch.Secretary.ExpectNoMoreReplies();
        branch.ChenJing.Send("家里有事").ExpectReply("已提交请假申请：12月2日（星期三）14:30 党员大会");
        branch.Secretary.ExpectNotification("陈静申请不参加12月2日（星期三）14:30 党员大会「学习四中全会精神」。\n原因：家里有事\n");
    }

    [Theory]
    [InlineData("是的，家里有事", "家里有事")]
    [InlineData("家里有事", "家里有事")]
    [InlineData("嗯 因为要出差", "要出差")]
    [InlineData("孩子发烧了", "孩子发烧了")]
    public async Task A_reason_typed_after_leave_was_offered_joins_the_button(string reply, string reason)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("下周三的会我去不了").ExpectReply("你是想「请假 下周三党员大会」吗？");
        branch.ChenJing.Send(reply).ExpectReply($"请点下面的「请假 下周三党员大会 {reason}」").WithButtons($"请假 下周三党员大会 {reason}");
        branch.Secretary.ExpectNoMoreReplies();

        branch.ChenJing.Send($"请假 下周三党员大会 {reason}").ExpectReply("已提交请假申请：12月2日（星期三）14:30 党员大会");
        branch.Secretary.ExpectNotification($"原因：{reason}\n");
    }

    [Theory]
    [InlineData("为什么要请假？")]
    [InlineData("近期安排")]
    [InlineData("今天天气不错")]
    public async Task What_is_no_reason_after_leave_was_offered_is_not_put_on_the_button(string reply)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("下周三的会我去不了").ExpectReply("你是想「请假 下周三党员大会」吗？");
        branch.ChenJing.Send(reply).ExpectReply(string.Empty);
        Assert.DoesNotContain("提交请假申请", branch.ChenJing.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Cannot_come_with_a_meeting_and_a_reason_offers_the_leave_with_the_reason_alone()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        // 刘洋 is called to the 党员大会, not to the 支委会 (a member's leave is read against the member's own meetings).
        branch.LiuYang.Send("下周三的党员大会我去不了，要陪孩子去医院，回来估计很晚了").ExpectReply("你是想「请假");
        Assert.Contains("陪孩子去医院」吗？", branch.LiuYang.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("估计", branch.LiuYang.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.ExpectNoMoreReplies();

        branch.LiuYang.Send("下周三那个会我可能去不了").ExpectReply("你是想「请假 下周三党员大会」吗？");
    }

    [Fact]
    public async Task Cannot_come_without_asking_leave_is_asked_about()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        // Said on Wednesday 11-25: "周三" is next week's, the day of the 党员大会.
        branch.LiuYang.Send("周三的会我去不了").ExpectReply("你是想「请假 12月2日党员大会」吗？").WithButtons("请假 12月2日党员大会");
    }

    [Fact]
    public async Task A_change_of_place_in_words_shows_from_and_to_before_saving()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("下周三的党员大会改到五楼大会议室")
            .ExpectReply("将把12月2日（星期三）14:30 党员大会「学习四中全会精神」的地点由「三楼会议室」改为「五楼大会议室」");
        var general = (await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(5, CancellationToken.None)).Single(m => m.Kind == MeetingKind.GeneralMeeting);
        Assert.Equal("三楼会议室", general.Place);

        branch.Secretary.Send("确认").ExpectReply("已修改");
        branch.ChenJing.ExpectNotification("地点：三楼会议室 → 五楼大会议室");
    }

    [Fact]
    public async Task A_weekday_that_is_today_names_next_weeks_meeting_when_none_is_today()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("周三党员大会请假，出差").ExpectReply("你是想「请假 12月2日党员大会 出差」吗？");
        branch.ChenJing.Send("请假 12月2日党员大会 出差").ExpectReply("已提交请假申请：12月2日（星期三）14:30 党员大会");
    }

    [Fact]
    public async Task A_new_time_without_a_day_keeps_the_meetings_own_day()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("党员大会时间改为下午3点").ExpectReply("12月2日（星期三）15:00");
        branch.Secretary.Send("取消").ExpectReply("已取消当前操作。");
        branch.Secretary.Send("请把党员大会挪到12月3日").ExpectReply("12月3日（星期四）14:30");
    }

    [Fact]
    public async Task A_role_change_in_words_is_offered_and_done_only_when_pressed()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("把陈静设为支委").ExpectReply("你是想「设置角色 陈静 支委」吗？").WithButtons("设置角色 陈静 支委");
        Assert.Equal(MemberRole.Member, await RoleOfAsync(bot, "陈静"));

        branch.Secretary.Send("设置角色 陈静 支委").ExpectReply("已将「陈静」的角色由党员改为支委。");
        Assert.Equal(MemberRole.Committee, await RoleOfAsync(bot, "陈静"));
    }

    [Fact]
    public async Task Adding_a_member_in_words_is_offered_with_the_name()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("帮我加一个党员 赵磊").ExpectReply("你是想「添加党员 赵磊」吗？").WithButtons("添加党员 赵磊");
        Assert.DoesNotContain(await bot.Membership.ListMembersAsync(CancellationToken.None), m => m.Name == "赵磊");
        branch.Secretary.Send("添加党员 赵磊").ExpectReply("邀请码");
    }

    [Fact]
    public async Task Asking_what_meetings_are_coming_shows_the_upcoming_list()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("近期安排").ExpectReply("党员大会");
        var listed = branch.ChenJing.LastReplyText;
        branch.ChenJing.Send("最近有什么会").ExpectReply(listed);
    }

    [Fact]
    public async Task Attendance_asked_in_words_shows_the_summary()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("签到情况");
        branch.Secretary.ExpectReply("近一年还没有已召开的会议，还没有「签到情况」可以查看。下一次会议是11月27日（星期五）19:00 支委会");
        Assert.Contains("11月27日（星期五）18:30开放签到，从那时起就能查看", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        var summary = branch.Secretary.LastReplyText;
        branch.Secretary.Send("谁还没签到").ExpectReply(summary);
    }

    [Fact]
    public async Task Wanting_to_talk_with_the_secretary_is_explained_and_sent_only_when_asked()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("我想找书记谈谈心").ExpectReply("谈心谈话一般当面进行").WithButtons("告诉书记", "谈心");
        branch.Secretary.ExpectNoMoreReplies();

        branch.ChenJing.Send("约谈心").ExpectReply("已告诉书记王书记你想找他谈心");
        branch.Secretary.ExpectNotification("【谈心请求】陈静想找你谈心谈话");
    }

    [Theory]
    [InlineData("谁想找我谈心")]
    [InlineData("最近有人约我谈心吗")]
    [InlineData("有谁想跟我聊聊的")]
    [InlineData("有没有同志想找我谈心的")]
    public async Task The_secretary_asking_who_wants_a_talk_is_not_started_on_a_talk_of_their_own(string asked)
    {
        // "谁想找我谈心" opened the four-question 谈心 for the 书记 who asked it;
        // then the rules answers took it for a question on 谈心谈话 versus 诫勉谈话.
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send(asked).ExpectReply("目前没有同志向你提出还没谈的谈心请求").WithButtons("谈心情况")
            .ExpectNoMoreReplies();
        branch.ChenJing.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_member_asking_whether_anyone_wants_a_talk_is_offered_their_own_records()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("书记有没有约我谈话啊").ExpectReply("目前没有同志向你提出还没谈的谈心请求").WithButtons("谈心记录").ExpectNoMoreReplies();
        branch.ChenJing.Send("书记找过我谈话没").ExpectReply("你参加过的谈心谈话").WithButtons("谈心记录").ExpectNoMoreReplies();
        branch.Secretary.ExpectNoMoreReplies();

        // A wish to talk that says 和我 is still offered to the 书记.
        branch.ChenJing.Send("书记有没有空和我聊聊").ExpectReply("要告诉书记吗");
    }

    [Fact]
    public async Task Declining_the_offer_to_tell_the_secretary_tells_no_one()
    {
        // "算了不聊了" was answered as if the bot had misread it ("你可以换个说法再说一遍").
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("我想跟书记聊聊").ExpectReply("要告诉书记吗")
            .Send("算了不聊了").ExpectReply("好的，不做了。如果是我没理解对你的意思");
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_meeting_in_a_sentence_opens_the_arrangement_summary()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("后天下午两点开个支委会").ExpectReply("类型：支委会");
        Assert.Contains("日期：11月27日（星期五）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("时间：14:00", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("取消").ExpectReply("已取消当前操作。");
        branch.Secretary.Send("在党员活动室，12月4日晚上七点，党小组会学习四中全会精神").ExpectReply("党小组");
    }

    [Fact]
    public async Task Telling_everyone_in_words_opens_the_broadcast_dialog()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        // "大家" is who is told: the dialog goes on to the 回执 question instead of asking "发给谁？".
        branch.Secretary.Send("通知大家明天下午交党费").ExpectReply("需要成员点「收到」回执吗？")
            .Send("否").ExpectReply("什么时候发送？")
            .Send("立即发送").ExpectReply("对象：全体党员");
        branch.ChenJing.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_broadcast_in_words_keeps_the_full_width_punctuation_typed()
    {
        // The reader folds "，" to "," to read the sentence; what members receive is what the 书记 typed.
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("通知大家周三下午党员大会带上党章，收到请回复！").ExpectReply("什么时候发送？")
            .Send("马上发").ExpectReply("内容：周三下午党员大会带上党章，收到请回复");
    }

    [Theory]
    [InlineData("带上党章,收到请回复", "带上党章，收到请回复", "带上党章，收到请回复")]
    [InlineData("会议室301,402", "会议室３０１,４０２", "会议室301,402")]
    [InlineData("(第二党小组)", "（第二党小组）", "（第二党小组）")]
    public void Text_from_the_cleaned_sentence_gets_back_the_punctuation_typed(string clean, string typed, string expected) =>
        Assert.Equal(expected, BranchBot.Dialogs.Intents.IntentText.AsTyped(clean, typed));

    [Fact]
    public async Task Asking_about_one_day_or_one_week_shows_only_its_meetings()
    {
        // "周五有会吗" listed every meeting ahead: the day was not passed on to 近期安排. "下周有啥会" listed this week's
        // 支委会 too: a week is a period of its own.
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("周五有会吗").ExpectReplyNotContaining("你近期有 1 次支委会", "党员大会");
        branch.Secretary.Send("12月2号开什么会").ExpectReplyNotContaining("你近期有 1 次党员大会", "支委会");
        branch.Secretary.Send("下周有啥会").ExpectReplyNotContaining("你下周（11月30日至12月6日）有 1 次党员大会：", "支委会");
        branch.Secretary.Send("这周有什么会").ExpectReplyNotContaining("你本周（11月23日至11月29日）有 1 次支委会：", "党员大会");
        branch.Secretary.Send("明天有会吗").ExpectReply("11月26日（星期四）没有会议。\n你近期有 2 次会议");
    }

    [Fact]
    public async Task A_month_with_no_meeting_of_the_kind_asked_says_so_and_lists_what_is_ahead()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("这个月还有啥会").ExpectReply("你本月（11月）有 1 次支委会：");
        branch.Secretary.Send("下个月有党课吗").ExpectReply("你下个月（12月）没有党课。\n你近期有 2 次会议：");
        branch.Secretary.Send("下周三有会吗").ExpectReply("有 1 次党员大会");
    }

    [Fact]
    public async Task A_question_about_rules_still_reaches_the_knowledge_base()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("党员大会多久开一次").ExpectReply("党员大会");
        Assert.DoesNotContain(DidYouMean, branch.ChenJing.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_glued_to_a_command_keyword_is_not_run_as_the_command()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("请假需要提前几天").ExpectReply("会前提前向支部书记或党小组长");
        Assert.DoesNotContain("已提交请假申请", branch.ChenJing.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("哪一次", branch.ChenJing.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Unknown_input_gets_one_line_with_the_closest_commands()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send("试一下").ExpectReply("抱歉，我没有理解「试一下」。你可以试试").WithButtonsIncluding("帮助");
        Assert.DoesNotContain("我可以帮你做这些事", branch.ChenJing.LastReplyText, StringComparison.Ordinal);
        Assert.True(branch.ChenJing.LastReply!.SuggestedActions!.Actions.Count <= 4);
    }

    [Fact]
    public async Task A_typed_yes_after_did_you_mean_runs_the_command_once()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("改到五楼吧").ExpectReply("你是想「修改会议 地点 五楼」吗？");
        branch.Secretary.Send("对").ExpectReply("要修改哪一次会议？");
        var chooser = branch.Secretary.LastReplyText;
        Assert.DoesNotContain(DidYouMean, chooser, StringComparison.Ordinal);
        branch.Secretary.Send("取消").ExpectReply("已取消当前操作。");

        // The offer answered one message only: a second yes runs nothing again.
        branch.Secretary.Send("是").ExpectReply("抱歉，我没有理解「是」。");
        Assert.NotEqual(chooser, branch.Secretary.LastReplyText);
    }

    [Fact]
    public async Task A_typed_yes_to_a_command_that_writes_offers_its_button_and_writes_nothing()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("陈静升一下职").ExpectReply("你是想「设置角色 陈静」吗？是的话请点下面的按钮确认（点了才会生效）");
        Assert.DoesNotContain("回复「是」", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("嗯").ExpectReply("请点下面的「设置角色 陈静」按钮").WithButtons("设置角色 陈静");
        branch.Secretary.Send("好的").ExpectReply(NoticeAcknowledgementHandler.Plain);
        Assert.DoesNotContain("设置角色 陈静", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Equal(MemberRole.Member, await RoleOfAsync(bot, "陈静"));
    }

    [Fact]
    public async Task Changing_a_meeting_that_is_not_there_says_so_instead_of_offering_another()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        // The 党员大会 is on Wednesday 12-02; there is none on Friday.
        branch.Secretary.Send("周五的党员大会改到五楼大会议室").ExpectReply("近期没有「").WithButtons("近期安排");
        Assert.Contains("所以没有修改任何会议", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("是").ExpectReply("近期有 2 次会议");
    }

    [Fact]
    public async Task A_typed_no_after_did_you_mean_says_what_else_to_type()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.SetUtcNow(GeneralMeetingCheckInOpen);
        branch.ChenJing.Send("我到了").ExpectReply("你是想「签到 12月2日党员大会」吗？");
        branch.ChenJing.Send("不是").ExpectReply("换个说法").WithButtons("帮助");
    }

    [Fact]
    public async Task Between_two_offered_commands_a_yes_asks_which_and_second_one_picks()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        // 陈静 was just sent the 党员大会's 会议通知, so the leave offered is for it (the meeting in focus).
        branch.ChenJing.Send("签到还是请假我还没想好").ExpectReply("你是想「签到」还是「请假 12月2日党员大会」？请点选，都不是请换个说法。").WithButtons("签到", "请假 12月2日党员大会");
        branch.ChenJing.Send("是的").ExpectReply("哪一个").WithButtons("签到", "请假 12月2日党员大会");
        branch.ChenJing.Send("签到还是请假我还没想好").ExpectReply("你是想「签到」还是「请假 12月2日党员大会」？请点选，都不是请换个说法。");
        branch.ChenJing.Send("第二个").ExpectReply("请点下面的「请假 12月2日党员大会」按钮").WithButtons("请假 12月2日党员大会");
        branch.Secretary.ExpectNoMoreReplies();
    }

    private static async Task<MemberRole> RoleOfAsync(BotHarness bot, string name) =>
        (await bot.Membership.ListMembersAsync(CancellationToken.None)).Single(m => m.Name == name).Role;
}
