using BranchBot.Core.Meetings;
using BranchBot.Scheduling;
using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Meetings;

/// <summary>
/// The meeting in focus (issue 13): a member answers about the meeting the bot last showed them the way people answer in
/// a chat ("那天我去不了 要出差", "这个会我请个假", "几点结束？"), and the bot knows which meeting is meant. The branch is
/// <see cref="IntentBranch"/>: its members were just sent the 党员大会's 会议通知, and the 书记 just arranged the 支委会.
/// </summary>
public class MeetingFocusConversationTests
{
    private const string GeneralMeetingEnds = "党员大会12月2日（星期三）14:30开始，16:30结束，共2小时。";

    [Fact]
    public async Task A_reply_to_the_meeting_notice_with_a_reason_offers_leave_for_that_meeting_and_sends_it()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.ChenJing.Send("去不了，孩子病了").ExpectReply("你是想「请假 12月2日党员大会 孩子病了」吗？").WithButtons("请假 12月2日党员大会 孩子病了");
        branch.Secretary.ExpectNoMoreReplies();
        branch.ChenJing.Send("请假 12月2日党员大会 孩子病了").ExpectReply("已提交请假申请：12月2日（星期三）14:30 党员大会");
        branch.Secretary.ExpectNotification("陈静申请不参加12月2日（星期三）14:30 党员大会「学习四中全会精神」。\n原因：孩子病了");
    }

    [Theory]
    [InlineData("这个会我请个假", "你是想「请假 12月2日党员大会」吗？")]
    [InlineData("那天我去不了 要出差", "你是想「请假 12月2日党员大会 出差」吗？")]
    [InlineData("我去不了", "你是想「请假 12月2日党员大会」吗？")]
    [InlineData("几点结束？", GeneralMeetingEnds)]
    [InlineData("这次会开多久", GeneralMeetingEnds)]
    [InlineData("在哪开来着", "你近期有 1 次党员大会：\n1. 12月2日（星期三）14:30–16:30 党员大会 · 地点：三楼会议室")]
    public async Task Right_after_the_notice_a_sentence_that_points_back_or_names_no_meeting_is_about_that_meeting(string typed, string expected)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.ChenJing.Send(typed).ExpectReply(expected);
    }

    [Fact]
    public async Task A_meeting_named_in_the_sentence_is_the_one_for_its_second_clause_too_not_the_one_in_focus()
    {
        // With the 支委会 in focus, "…请个假" after naming the 党员大会 was read as a second request for the 支委会.
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("近期安排 支委会").ExpectReply("支委会");

        branch.Secretary.Send("下周三的党员大会我出差去不了，请个假")
            .ExpectReplyNotContaining("你是想「请假 下周三党员大会 出差」吗？", "两件事");
    }

    [Fact]
    public async Task Long_after_the_notice_a_bare_sentence_is_read_cold_while_words_that_point_back_still_take_the_meeting()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.Advance(TimeSpan.FromHours(3));

        branch.ChenJing.Send("我去不了").ExpectReply("你是想「请假」吗？");
        branch.ChenJing.Send("这个会我请个假").ExpectReply("你是想「请假 12月2日党员大会」吗？");
    }

    [Fact]
    public async Task A_day_shown_by_upcoming_is_what_that_day_points_at_and_the_answer_shows_start_and_end()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        // The 书记's own focus, the 支委会 just arranged, is long stale by now.
        bot.Clock.Advance(TimeSpan.FromHours(3));

        branch.Secretary.Send("下周三有会吗").ExpectReply("1. 12月2日（星期三）14:30–16:30 党员大会");
        branch.Secretary.Send("那天我去不了 要出差").ExpectReply("你是想「请假 12月2日党员大会 出差」吗？");
        branch.Secretary.Send("几点结束").ExpectReply(GeneralMeetingEnds);
    }

    [Fact]
    public async Task With_the_focus_stale_the_same_sentences_are_asked_about_as_before()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.Advance(TimeSpan.FromHours(3));

        branch.Secretary.Send("那天我去不了 要出差").ExpectReply("你是想「请假 出差」吗？");
        branch.Secretary.Send("这个会取消吧").ExpectReply("你是想「取消会议」吗？");
        branch.Secretary.Send("那个会改到晚上八点").ExpectReply("你是想「修改会议 时间 晚上八点」吗？");
    }

    [Fact]
    public async Task Right_after_arranging_a_meeting_the_secretary_may_point_at_it_to_cancel_or_change_it_each_still_confirmed()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.Advance(TimeSpan.FromMinutes(40));

        branch.Secretary.Send("这个会取消吧").ExpectReply("确认取消11月27日（星期五）19:00 支委会「研究发展党员」吗？");
        branch.Secretary.Send("否").SkipReplies();
        branch.Secretary.Send("那个会改到晚上八点").ExpectReply("时间由「11月27日（星期五）19:00」改为「11月27日（星期五）20:00」");
        branch.Secretary.Send("确认").ExpectReply("已修改");

        // The change is shown to the 书记 again, so pointing back still means that meeting.
        branch.Secretary.Send("它几点结束").ExpectReply("支委会11月27日（星期五）20:00开始，22:00结束，共2小时。");
    }

    [Fact]
    public async Task A_member_never_shown_a_meeting_is_asked_which_one_as_before_until_an_answer_shows_one()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("安排 党员大会 12月2日下午2点半 三楼会议室 学习四中全会精神").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
        var member = bot.JoinedMember(secretary, "chenjing", "陈静");

        member.Send("那天我去不了 要出差").ExpectReply("你是想「请假 出差」吗？");
        member.Send("几点结束").ExpectReply("你近期有 1 次会议：\n1. 12月2日（星期三）14:30–16:30 党员大会");

        // That answer listed one meeting, which is now in focus.
        member.Send("这个会我请个假").ExpectReply("你是想「请假 12月2日党员大会」吗？");
    }

    [Fact]
    public async Task Another_meeting_shown_later_replaces_the_focus()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("安排 党课 11月30日下午3点 二楼报告厅 党史学习").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
        branch.ChenJing.ExpectNotification("【会议通知】党课");

        branch.ChenJing.Send("这个会我请个假").ExpectReply("你是想「请假 11月30日党课」吗？");
        branch.ChenJing.Send("近期安排 党员大会").ExpectReply("12月2日（星期三）14:30–16:30 党员大会");
        branch.ChenJing.Send("这个会我请个假").ExpectReply("你是想「请假 12月2日党员大会」吗？");
    }

    [Fact]
    public async Task A_reminder_puts_its_meeting_in_focus()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 13, 0, 0, TimeSpan.FromHours(8)));
        branch.ChenJing.Send("我去不了").ExpectReply("你是想「请假」吗？");

        var general = (await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(5, CancellationToken.None)).Single(m => m.Kind == MeetingKind.GeneralMeeting);
        var reminder = new MeetingEvent(general.Id, general.Revision, MeetingEventKind.Reminder, general.StartsAt - TimeSpan.FromHours(1), TimeSpan.FromHours(1));
        await bot.Services.GetRequiredService<MeetingEventRunner>().RunAsync(general.Id, general.Revision, reminder.Name, CancellationToken.None);
        branch.ChenJing.ExpectNotification("党员大会");

        branch.ChenJing.Send("我去不了").ExpectReply("你是想「请假 12月2日党员大会」吗？");
    }

    [Fact]
    public async Task The_end_of_a_meeting_named_is_answered_and_how_often_it_is_held_is_not_taken_for_it()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.Advance(TimeSpan.FromHours(3));

        branch.Secretary.Send("支委会几点结束").ExpectReply("支委会11月27日（星期五）19:00开始，21:00结束，共2小时。");
        branch.Secretary.Send("支委会多久开一次").ExpectReplyNotContaining(string.Empty, "结束，共");
        branch.Secretary.Send("支部委员会多长时间换届").ExpectReplyNotContaining(string.Empty, "结束，共");
        branch.Secretary.Send("党员大会要开多长时间啊").ExpectReply("党员大会12月2日（星期三）14:30开始");
    }

    [Fact]
    public async Task The_focus_is_kept_across_a_restart()
    {
        var file = Path.Combine(Path.GetTempPath(), $"branchbot-focus-{Guid.NewGuid():N}.db");
        try
        {
            await using (var bot = new BotHarness(connectionString: file))
            {
                _ = new IntentBranch(bot);
            }

            await using var again = new BotHarness(connectionString: file);
            again.Clock.Advance(TimeSpan.FromMinutes(10));
            again.User("chenjing", "陈静").Send("这个会我请个假").ExpectReply("你是想「请假 12月2日党员大会」吗？");
        }
        finally
        {
            foreach (var path in Directory.GetFiles(Path.GetDirectoryName(file)!, Path.GetFileNameWithoutExtension(file) + "*"))
            {
                File.Delete(path);
            }
        }
    }
}
