using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Meetings.Chat;

/// <summary>
/// Silent misreadings members hit (issue 13): an end time or a dotted date left in the line was stored as the place.
/// Every line is read on Wednesday 2026-11-25 at 10:00 in Shanghai.
/// </summary>
public class MeetingRangeAndNumericDateTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    private static MeetingRequest Parse(string text) => MeetingRequestParser.Parse(text, Now, Shanghai);

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("安排 支委会 今晚10点50到11点 线上 研究发展党员", 11, 25, 22, 50, 23, 0, "线上", "研究发展党员")]
    [InlineData("安排 支委会 今晚10点50 到 11点 线上 研究发展党员", 11, 25, 22, 50, 23, 0, "线上", "研究发展党员")]
    [InlineData("安排 党员大会 明天下午2点到4点半 三楼会议室", 11, 26, 14, 0, 16, 30, "三楼会议室", null)]
    [InlineData("安排 党员大会 明天下午2点至5点 三楼会议室 学习党章", 11, 26, 14, 0, 17, 0, "三楼会议室", "学习党章")]
    [InlineData("安排 党课 12月3日上午9点~11点 党员活动室", 12, 3, 9, 0, 11, 0, "党员活动室", null)]
    public void An_end_time_after_the_start_is_the_meetings_end_not_its_place(
        string line, int month, int day, int hour, int minute, int endHour, int endMinute, string place, string? topic)
    {
        var request = Parse(line);

        Assert.Equal(At(month, day, hour, minute), request.StartsAt);
        Assert.Equal(At(month, day, endHour, endMinute), request.EndsAt);
        Assert.Equal(place, request.Place);
        Assert.Equal(topic, request.Topic);
    }

    [Fact]
    public void An_end_before_the_start_is_asked_about_not_guessed()
    {
        var request = Parse("安排 党员大会 明天下午3点到1点 三楼会议室");

        Assert.Equal(MeetingTimeIssue.Invalid, request.TimeIssue);
        Assert.Null(request.StartsAt);
        Assert.Contains("结束时间", request.TimeProblem, StringComparison.Ordinal);
        Assert.Equal("三楼会议室", request.Place);
    }

    [Theory]
    [InlineData("安排 主题党日 12.20 下午3:00 社区服务中心 志愿服务")]
    [InlineData("安排 主题党日 12/20 下午3:00 社区服务中心 志愿服务")]
    [InlineData("安排 主题党日 12-20 下午3:00 社区服务中心 志愿服务")]
    [InlineData("安排 主题党日 2026.12.20 下午3:00 社区服务中心 志愿服务")]
    [InlineData("安排 主题党日 2026-12-20 下午3点 社区服务中心 志愿服务")]
    public void A_date_with_dots_slashes_or_dashes_is_read_as_the_date(string line)
    {
        var request = Parse(line);

        Assert.Equal(At(12, 20, 15), request.StartsAt);
        Assert.Equal("社区服务中心", request.Place);
        Assert.Equal("志愿服务", request.Topic);
    }

    [Fact]
    public void An_impossible_dotted_date_is_refused_not_taken_for_a_place()
    {
        var request = Parse("安排 主题党日 13.45 下午3点 社区服务中心");

        Assert.Equal(MeetingTimeIssue.Invalid, request.TimeIssue);
        Assert.NotEqual("13.45", request.Place);
    }

    [Theory]
    [InlineData("安排 下周三下午两点半在三楼会议室开党员大会", MeetingKind.GeneralMeeting, "三楼会议室", null)]
    [InlineData("安排 明天下午3点 在党员活动室召开支委会 研究发展对象", MeetingKind.CommitteeMeeting, "党员活动室", "研究发展对象")]
    [InlineData("安排 明天下午3点 三楼会议室 主题党日学雷锋", MeetingKind.ThemedPartyDay, "三楼会议室", "学雷锋")]
    public void A_kind_inside_a_sentence_is_read_and_not_stored_as_the_place(string line, MeetingKind kind, string place, string? topic)
    {
        var request = Parse(line);

        Assert.Equal(kind, request.Kind);
        Assert.Equal(place, request.Place);
        Assert.Equal(topic, request.Topic);
        Assert.NotNull(request.StartsAt);
    }

    [Fact]
    public void A_kind_only_mentioned_inside_a_topic_is_not_taken()
    {
        var request = Parse("安排 明天下午3点 三楼会议室 学习民主评议精神");

        Assert.Null(request.Kind);
        Assert.Equal("三楼会议室", request.Place);
    }

    [Fact]
    public async Task A_second_wrong_time_is_answered_for_itself_not_with_the_first_ones_problem()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("安排 党员大会 昨天下午3点 三楼会议室").ExpectReply("昨天下午3点");

        secretary.Send("2月30日").ExpectReply("2月没有30日。");
        Assert.DoesNotContain("昨天下午3点", secretary.LastReplyText, StringComparison.Ordinal);
        secretary.Send("明天下午3点").ExpectReply("请确认会议安排");
    }

    [Fact]
    public async Task The_summary_shows_the_range_and_the_meeting_ends_when_typed()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("安排 支委会 今晚10点50到11点 线上 研究发展党员").ExpectReply("时间：22:50–23:00");
        Assert.Contains("地点：线上", secretary.LastReplyText, StringComparison.Ordinal);
        secretary.Send("确认").ExpectReply("已安排");

        var meeting = Assert.Single(await bot.Services.GetRequiredService<IMeetingStore>().ListStartingBetweenAsync(Now, Now.AddDays(1), CancellationToken.None));
        Assert.Equal(At(11, 25, 23, 0), meeting.EndsAt);
        Assert.Equal("线上", meeting.Place);
    }

    [Fact]
    public async Task A_range_typed_at_the_time_question_sets_the_end_and_a_backwards_one_is_asked_again()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("安排 党员大会 三楼会议室").ExpectReply("什么时候开");

        // The end was dropped before: the meeting lasted the default two hours, silently.
        secretary.Send("明天晚上九点到七点").ExpectReply("结束时间「七点」不在开始时间之后");
        secretary.Send("明天晚上七点半到九点").ExpectReply("会议主题");
        secretary.Send("跳过").ExpectReply("时间：19:30–21:00");
        secretary.Send("确认").ExpectReply("已安排");

        var meeting = Assert.Single(await bot.Services.GetRequiredService<IMeetingStore>().ListStartingBetweenAsync(Now, Now.AddDays(2), CancellationToken.None));
        Assert.Equal(At(11, 26, 19, 30), meeting.StartsAt);
        Assert.Equal(At(11, 26, 21, 0), meeting.EndsAt);
    }

    [Theory]
    [InlineData("安排 党小组会 第一党小组 月底 下午三点 活动室", "月底", "活动室")]
    [InlineData("安排 支委会 下下周 下午3点 三楼会议室", "下下周", "三楼会议室")]
    public void A_day_word_the_date_reader_cannot_place_is_asked_about_not_stored_as_the_place(string line, string vague, string place)
    {
        var request = Parse(line);

        Assert.Null(request.StartsAt);
        Assert.Equal(MeetingTimeIssue.Invalid, request.TimeIssue);
        Assert.Contains($"「{vague}」", request.TimeProblem, StringComparison.Ordinal);
        Assert.Equal(place, request.Place);
    }

    [Fact]
    public async Task A_meeting_typed_for_the_month_end_asks_which_day_and_keeps_the_place()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();

        // Read as today 15:00 at the place "月底" (topic "活动室") before: a wrong day, silently.
        secretary.Send("安排 党员大会 月底 下午三点 活动室").ExpectReply("「月底」没有说清是哪一天几点");
        Assert.DoesNotContain("请确认会议安排", secretary.LastReplyText, StringComparison.Ordinal);

        secretary.Send("11月30日下午3点").ExpectReply("日期：11月30日");
        Assert.Contains("地点：活动室", secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clock_typed_after_a_space_belongs_to_the_day_and_period_before_it()
    {
        // Read as 11月27日 without a time, "两点半" becoming the place and "党员活动室 学习党章" the topic.
        var request = Parse("安排 党课 后天下午 两点半 党员活动室 学习党章");

        Assert.Equal(At(11, 27, 14, 30), request.StartsAt);
        Assert.Equal("党员活动室", request.Place);
        Assert.Equal("学习党章", request.Topic);
    }
}
