using BranchBot.Core.Meetings;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Meetings.Chat;

/// <summary>
/// What a secretary types at "支委会什么时候开？" besides a time: the place and topic said with it, another kind of meeting,
/// or another request altogether. The harness clock starts on Wednesday 2026-11-25 at 10:00 in Beijing.
/// </summary>
public class TimeAnswerConversationTests
{
    private static async Task<IReadOnlyList<Meeting>> UpcomingAsync(BotHarness bot) =>
        await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(10, CancellationToken.None);

    [Fact]
    public async Task The_place_and_topic_said_with_the_time_are_taken_and_not_asked_again()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排支委会").ExpectReply("支委会什么时候开")
            .Send("下周五下午两点半在二楼会议室开 学习新党章").ExpectReply("请确认会议安排");
        var summary = branch.Secretary.LastReplyText;
        Assert.Contains("日期：12月4日（星期五）", summary, StringComparison.Ordinal);
        Assert.Contains("时间：14:30", summary, StringComparison.Ordinal);
        Assert.Contains("地点：二楼会议室\n", summary, StringComparison.Ordinal);
        Assert.Contains("主题：学习新党章\n", summary, StringComparison.Ordinal);
        Assert.Empty(await UpcomingAsync(bot));
    }

    [Fact]
    public async Task A_topic_alone_with_the_time_is_taken_and_the_place_still_asked()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排支委会").ExpectReply("支委会什么时候开")
            .Send("下周五下午三点 研究发展对象").ExpectReply("在哪里开")
            .Send("跳过").ExpectReply("请确认会议安排");
        Assert.Contains("主题：研究发展对象\n", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("下周五下午三点吧")]
    [InlineData("就定在下周五下午三点")]
    public async Task Words_around_the_time_that_are_no_place_leave_the_place_to_be_asked(string answer)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排支委会").ExpectReply("支委会什么时候开")
            .Send(answer).ExpectReply("在哪里开");
    }

    [Fact]
    public async Task Another_kind_of_meeting_named_with_the_time_is_the_one_arranged()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排支委会").ExpectReply("支委会什么时候开")
            .Send("下周五下午两点半在二楼会议室开个党小组会 学习新党章").ExpectReply("是哪个党小组的党小组会")
            .Send("第一党小组").ExpectReply("请确认会议安排");
        var summary = branch.Secretary.LastReplyText;
        Assert.Contains("类型：党小组会", summary, StringComparison.Ordinal);
        Assert.Contains("地点：二楼会议室\n", summary, StringComparison.Ordinal);
        Assert.Contains("主题：学习新党章\n", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_room_then_the_verb_to_hold_it_is_the_room_alone()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 支委会 下周五下午两点半 在二楼会议室开 学习新党章").ExpectReply("请确认会议安排");
        Assert.Contains("地点：二楼会议室\n", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_typed_at_the_time_question_sets_the_form_aside_and_runs()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排支委会").ExpectReply("支委会什么时候开")
            .Send("近期安排").ExpectReply("发送「继续填写」").ExpectReply("近期没有");
        branch.Secretary.Send("继续填写").ExpectReply("支委会什么时候开");
    }

    [Fact]
    public async Task A_question_about_something_else_at_the_time_question_is_read_afresh_but_one_about_the_time_is_not()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排支委会").ExpectReply("支委会什么时候开")
            .Send("什么时候都行吗").ExpectReply("没有看出日期或时间");

        branch.Secretary.Send("谁还没交党费").ExpectReply("发送「继续填写」").ExpectReplyNotContaining(string.Empty, "没有看出日期或时间");
    }
}
