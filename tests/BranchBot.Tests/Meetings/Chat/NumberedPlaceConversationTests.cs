using BranchBot.Tests.Support;

namespace BranchBot.Tests.Meetings.Chat;

/// <summary>
/// A numbered room ("2号会议室", "5号报告厅") was read as the 2nd or 5th of the month (issue 13): the date typed later in
/// the line was dropped and the meeting went on the wrong day. The clock starts on Wednesday 2026-11-25 at 10:00.
/// </summary>
public class NumberedPlaceConversationTests
{
    [Theory]
    [InlineData("安排 党课 2号会议室 下周四下午3点", "2号会议室")]
    [InlineData("安排 党课 5号报告厅 下周四下午3点", "5号报告厅")]
    [InlineData("安排 党课 下周四下午3点 1号会场", "1号会场")]
    public async Task A_numbered_room_is_the_place_and_the_date_typed_with_it_is_kept(string line, string place)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);

        branch.Secretary.Send(line).ExpectReply("请确认会议安排");
        var summary = branch.Secretary.LastReplyText;
        Assert.Contains("日期：12月3日（星期四）", summary, StringComparison.Ordinal);
        Assert.Contains("时间：15:00", summary, StringComparison.Ordinal);
        Assert.Contains($"地点：{place}", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vague_day_with_a_numbered_room_asks_for_the_day_instead_of_taking_the_room_number()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);

        branch.Secretary.Send("安排 党课 月底前 2号会议室").ExpectReply("党课什么时候开");
        Assert.DoesNotContain("2日", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Full_width_digits_and_letters_are_kept_as_ascii_in_the_place_and_topic()
    {
        // "安排　党课　１２月２８日下午３点　２号会议室" stored the place as "２号会议室" (README: stored half-width).
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);

        branch.Secretary.Send("安排　党课　１２月３日下午３点　２号会议室　学习ＡＩ知识").ExpectReply("请确认会议安排");
        Assert.Contains("地点：2号会议室", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("主题：学习AI知识", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("修改").ExpectReply("要修改哪一项").Send("地点").ExpectReply("在哪里开")
            .Send("Ｂ２０３").ExpectReply("地点：B203");
    }
}
