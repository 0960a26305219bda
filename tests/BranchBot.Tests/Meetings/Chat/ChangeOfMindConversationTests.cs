using BranchBot.Tests.Support;

namespace BranchBot.Tests.Meetings.Chat;

/// <summary>
/// A secretary who types another command at a question with buttons (issue 13): "近期安排" at 修改会议's 确认/不修改
/// was answered "请点选下面的一个选项" three times and then "多次没能理解…已退出", the command itself never ran.
/// The clock starts on Wednesday 2026-11-25 at 10:00 in Beijing.
/// </summary>
public class ChangeOfMindConversationTests
{
    [Fact]
    public async Task Another_command_at_a_confirmation_runs_and_the_unconfirmed_change_is_not_made()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).Arranged("安排 党课 12月3日下午3点 党员活动室 党章学习", []);
        branch.Bot.DeliverOutbox();

        branch.Secretary.Send("修改会议 1 地点 五楼报告厅").ExpectReply("改为「五楼报告厅」")
            .Send("党员名单").ExpectReply("没有执行")
            .ExpectReply("张三")
            .Send("确认").ExpectReply("当前没有等待确认的操作");
        branch.Secretary.Send("近期安排").ExpectReply("党员活动室");
        Assert.DoesNotContain("五楼报告厅", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_likely_change_to_another_meeting_at_a_confirmation_is_offered_afresh_and_the_first_change_not_made()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot)
            .Arranged("安排 党课 12月3日下午3点 党员活动室 党章学习", [])
            .Arranged("安排 支委会 12月4日上午9点 党建活动室", []);
        branch.Bot.DeliverOutbox();

        branch.Secretary.Send("修改会议 1 地点 五楼报告厅").ExpectReply("改为「五楼报告厅」")
            .Send("支委会往后挪到下周").ExpectReply("没有执行")
            .ExpectReply("你是想");
        branch.Secretary.Send("近期安排").ExpectReply("党员活动室");
        Assert.DoesNotContain("五楼报告厅", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_at_a_confirmation_that_name_no_meeting_are_still_left_to_it()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).Arranged("安排 党课 12月3日下午3点 党员活动室 党章学习", []);
        branch.Bot.DeliverOutbox();

        branch.Secretary.Send("修改会议 1 地点 五楼报告厅").ExpectReply("改为「五楼报告厅」")
            .Send("往后挪到下周吧").ExpectReplyNotContaining(string.Empty, "没有执行")
            .Send("确认").ExpectReply("已修改");
    }

    [Fact]
    public async Task Another_command_at_the_arrangement_summary_sets_the_draft_aside_for_later()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);

        branch.Secretary.Send("安排 党课 12月3日下午3点 党员活动室 党章学习").ExpectReply("请确认会议安排")
            .Send("党员名单").ExpectReply("继续填写")
            .ExpectReply("张三")
            .Send("继续填写").ExpectReply("请确认会议安排")
            .Send("确认").ExpectReply("已安排");
    }

    [Theory]
    [InlineData("确认")]
    [InlineData("好的")]
    public async Task An_answer_is_still_an_answer(string typed)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);

        branch.Secretary.Send("安排 党课 12月3日下午3点 党员活动室 党章学习").ExpectReply("请确认会议安排")
            .Send(typed).ExpectReply("已安排");
    }

    [Fact]
    public async Task A_request_in_free_words_at_a_question_with_buttons_is_handled_and_the_question_dropped()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();

        secretary.Send("添加党员：张丽华，第一党小组").ExpectReply("要新建「第一党小组」吗")
            .Send("帮我加一个党员 刘洋").ExpectReply("刚才等你回答的操作已放下，没有执行")
            .ExpectReply("添加党员 刘洋").WithButtons("添加党员 刘洋")
            .Send("添加党员 刘洋").ExpectReply("已添加党员「刘洋」");

        secretary.Send("党员名单").ExpectReply("刘洋");
        Assert.DoesNotContain("张丽华", secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("新建一个党小组吧")]
    [InlineData("先不分了")]
    public async Task Words_that_may_answer_the_question_are_left_to_it(string typed)
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();

        secretary.Send("添加党员：张丽华，第一党小组").ExpectReply("要新建「第一党小组」吗")
            .Send(typed);
        Assert.DoesNotContain("已放下", secretary.LastReplyText, StringComparison.Ordinal);
    }
}
