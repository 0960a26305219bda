using BranchBot.Dialogs.Intents;
using BranchBot.Dialogs.Recognizers;
using BranchBot.Tests.Support;

using static BranchBot.Tests.Intents.SecretaryReadings;

namespace BranchBot.Tests.Intents;

/// <summary>
/// Lines of tester-intents-7.tsv (issue 13) sent through the real bot as the 书记 of <see cref="IntentBranch"/>
/// (Wednesday 2026-11-25 10:00; 党员大会 2026-12-02 14:30 三楼会议室, 支委会 2026-11-27 19:00): a terse line without a
/// verb is asked back as the arrangement it carries, a terse change reaches the change's preview, a message with two
/// requests handles the first and says plainly that the other was not done (or shows both when both only show), and
/// near-misses (a question mark, 的话, 算了, 咋, 没说要, a past 签到) are asked, never sure.
/// </summary>
public class TerseLinesAndTwoRequestsTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("下周五支委会 三点 302", "12月4日", "15:00", "302")]
    [InlineData("下下周三 党员大会 两点半", "12月9日", "14:30", "党员大会")]
    [InlineData("主题党日 下周六 九点 烈士陵园", "12月5日", "09:00", "烈士陵园")]
    [InlineData("下周一 党员大会 14:30-16:30 三楼会议室", "11月30日", "14:30–16:30", "三楼会议室")]
    public async Task A_terse_line_with_a_kind_and_a_time_is_asked_back_as_the_arrangement_it_carries(string line, string day, string time, string also)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send(line).ExpectReply("请确认会议安排");

        Assert.Contains(day, branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains(time, branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains(also, branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("党员大会 换到五楼", "由「三楼会议室」改为「五楼」")]
    [InlineData("周五的会改晚上八点", "20:00")]
    [InlineData("只委会改成七点半", "19:30")]
    [InlineData("党员大会往后推一周", "12月9日")]
    [InlineData("那个支委会往后挪俩小时", "21:00")]
    [InlineData("党员大会推辞一周", "12月9日")]
    public async Task A_terse_change_reaches_the_preview_of_that_change(string line, string changed)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send(line).ExpectReply("确认吗");

        Assert.Contains(changed, branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("07:30", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bare_hour_typed_at_the_question_is_read_in_the_meetings_half_of_the_day()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("修改会议 1 时间").ExpectReply("改到什么时候").Send("八点").ExpectReply("确认吗");

        Assert.Contains("20:00", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_requests_handle_the_first_and_offer_the_other_as_a_button_without_running_it()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("党员大会推迟一周 支委会取消")
            .ExpectReply("另一件事「支委会取消」要办的话请点「取消会议 1」按钮")
            .WithButtons("取消会议 1")
            .ExpectReply("确认吗");
        Assert.Contains("12月9日", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("确定").SkipReplies();

        branch.Secretary.Send("近期安排").ExpectReply("支委会");
    }

    [Fact]
    public async Task A_leave_beside_a_question_is_offered_as_its_button_and_the_question_named_as_not_answered()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("我请个假下周三党员大会出差 顺便问下党费交多少")
            .ExpectReply("另一件事「问下党费交多少」还没有办")
            .ExpectReply("请假")
            .WithButtonsIncluding("请假 下周三党员大会 出差");
    }

    [Fact]
    public async Task Two_requests_that_only_show_something_are_both_shown()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("近期安排").ExpectReply(string.Empty);
        var upcoming = branch.Secretary.LastReplyText;
        branch.Secretary.Send("我的党费").ExpectReply(string.Empty);
        var dues = branch.Secretary.LastReplyText;

        branch.Secretary.Send("看下最近有啥会 再看下我的党费").ExpectReply(upcoming).ExpectReply(dues).ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("党员大会推迟一周 支委会取消", "修改会议|会议=党员大会|日期=2026-12-09", "支委会取消")]
    [InlineData("支委会改到八点，另外通知大家带笔记本", "修改会议|会议=支委会|时间=20:00", "通知大家带笔记本")]
    [InlineData("签个到 再帮我看下党费", "签到", "帮我看下党费")]
    public async Task The_first_of_two_requests_is_read_and_the_second_kept(string line, string expected, string leftOver)
    {
        var reading = await ReadAsync(line);

        Assert.NotNull(reading);
        Assert.True(reading!.Confidence >= IntentRecognizer.RunThreshold, $"{line}: {reading.Command} {reading.Confidence}");
        AssertCarries(line, reading, expected);
        Assert.Equal(leftOver, reading.LeftOver);
    }

    [Theory]
    [InlineData("下周三党员大会请假，顺便帮我把支委会改到五楼")]
    [InlineData("陈静设成支委，王芳调第二党小组")]
    public async Task A_write_beside_a_second_change_is_only_asked(string line)
    {
        var reading = await ReadAsync(line);

        Assert.NotNull(reading);
        Assert.InRange(reading!.Confidence, IntentRecognizer.AskThreshold, IntentRecognizer.RunThreshold - 0.01);
        Assert.NotNull(reading.LeftOver);
    }

    [Theory]
    [InlineData("下周三的党员大会我出差去不了，请个假")]
    [InlineData("安排下周二晚上七点支委会 线上 顺便通知大家")]
    [InlineData("明天下午三点开党员大会，通知全体党员参加")]
    public async Task One_request_said_in_two_clauses_is_not_cut(string line)
    {
        var reading = await ReadAsync(line);

        Assert.Null(reading?.LeftOver);
    }

    [Theory]
    [InlineData("党员大会 三点？")]
    [InlineData("把刘洋删了？")]
    [InlineData("请假的事算了 我能去")]
    [InlineData("我没说要签到")]
    [InlineData("下雨的话支委会改线上")]
    [InlineData("签到过了")]
    [InlineData("我老婆下周三党员大会去不了")]
    [InlineData("我想把陈静设为支委 但是还没定")]
    [InlineData("我本来想请假的 后来调了班")]
    public async Task A_near_miss_is_asked_never_sure(string line)
    {
        var reading = await ReadAsync(line);

        Assert.NotNull(reading);
        Assert.InRange(reading!.Confidence, IntentRecognizer.AskThreshold, IntentRecognizer.RunThreshold - 0.01);
    }

    [Theory]
    [InlineData("算了，周五的会取消", "取消会议|会议=支委会|日期=2026-11-27")]
    [InlineData("支委会取消", "取消会议|会议=支委会|日期=2026-11-27")]
    [InlineData("党员大会请假 单位加班", "请假|会议=党员大会|日期=2026-12-02|事由=单位加班")]
    [InlineData("下周三那个会黄了", "取消会议|会议=党员大会|日期=2026-12-02")]
    public async Task Giving_up_something_else_still_asks_and_a_kind_names_its_one_meetings_day(string line, string expected)
    {
        var reading = await ReadAsync(line);

        Assert.NotNull(reading);
        Assert.True(reading!.Confidence >= IntentRecognizer.RunThreshold, $"{line}: {reading.Command} {reading.Confidence}");
        AssertCarries(line, reading, expected);
    }

    [Theory]
    [InlineData("下周五三点", "2026-12-04 15:00")]
    [InlineData("下下周三两点半", "2026-12-09 14:30")]
    [InlineData("周一14:30", "2026-11-30 14:30")]
    public void A_weekdays_numeral_ends_the_date_and_the_hour_follows(string text, string expected)
    {
        var read = ChineseDateTimeRecognizer.Recognize(text, Now, Shanghai);

        Assert.True(read.Succeeded, text);
        Assert.Equal(expected, read.Value!.Value.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("一千到两千")]
    [InlineData("三五个人")]
    public void Numbers_that_run_on_are_still_one_number(string text)
    {
        var read = ChineseDateTimeRecognizer.Recognize(text, Now, Shanghai);

        Assert.False(read.Succeeded && read.Value!.HasTime, text);
    }
}
