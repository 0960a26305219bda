using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Meetings;

/// <summary>
/// Follow-ups leaning on an attendance view (issue 13): 签到情况 puts the meeting it showed in focus, so "那请假的呢" and
/// "那没来的呢" said next are about that meeting, not the latest one or the leave ahead.
/// </summary>
public class AttendanceFollowUpConversationTests
{
    private static readonly DateTimeOffset DayAfterTheGeneralMeeting = new(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("那请假的呢")]
    [InlineData("那没来的呢")]
    [InlineData("缺席的都有谁")]
    public async Task A_follow_up_after_an_older_meetings_attendance_is_about_that_meeting(string typed)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.SetUtcNow(DayAfterTheGeneralMeeting);

        branch.Secretary.Send("签到情况 2").ExpectReply("11月27日（星期五）19:00 支委会");
        branch.Secretary.Send(typed).ExpectReply("11月27日（星期五）19:00 支委会");
        Assert.DoesNotContain("党员大会", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_after_the_view_a_bare_attendance_question_is_about_the_latest_meeting()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        bot.Clock.SetUtcNow(DayAfterTheGeneralMeeting);

        branch.Secretary.Send("签到情况 2").ExpectReply("11月27日（星期五）19:00 支委会");
        bot.Clock.Advance(TimeSpan.FromHours(1));
        branch.Secretary.Send("签到情况").ExpectReply("12月2日（星期三）14:30 党员大会");
    }
}
