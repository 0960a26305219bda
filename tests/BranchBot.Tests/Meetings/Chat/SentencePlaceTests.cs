using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Meetings.Chat;

/// <summary>
/// Silent misreadings of a place (issue 13): a labelled or comma-separated place kept the rest of the sentence
/// ("地点党员活动室" as the place, "图书馆报告厅，主讲人王书记" as one place). The harness clock is Wednesday
/// 2026-11-25 10:00 in Beijing.
/// </summary>
public class SentencePlaceTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static MeetingRequest Parse(string text) => MeetingRequestParser.Parse(text, BotHarness.Start, Shanghai);

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static async Task<Meeting> OnlyUpcomingAsync(BotHarness bot) =>
        Assert.Single(await bot.Services.GetRequiredService<MeetingService>().ListUpcomingAsync(10, CancellationToken.None));

    [Theory]
    [InlineData("安排 明天15:30 支委会，地点党员活动室", "党员活动室", null)]
    [InlineData("安排 明天15:30 支委会，地点：党员活动室", "党员活动室", null)]
    [InlineData("安排 明天15:30 支委会 地点在党员活动室，研究发展对象", "党员活动室", "研究发展对象")]
    [InlineData("安排 支委会 明天15:30 三楼小会议室，研究发展对象，讨论年度计划", "三楼小会议室", "研究发展对象 讨论年度计划")]
    public void A_labelled_or_comma_separated_place_is_only_the_place(string line, string place, string? topic)
    {
        var request = Parse(line);

        Assert.Equal(MeetingKind.CommitteeMeeting, request.Kind);
        Assert.Equal(At(11, 26, 15, 30), request.StartsAt);
        Assert.Equal(place, request.Place);
        Assert.Equal(topic, request.Topic);
    }

    [Fact]
    public void A_speaker_after_the_place_is_kept_out_of_the_place()
    {
        var request = Parse("安排 党课，12月10日下午3点半，图书馆报告厅，主讲人王书记");

        Assert.Equal(MeetingKind.PartyLecture, request.Kind);
        Assert.Equal(At(12, 10, 15, 30), request.StartsAt);
        Assert.Equal("图书馆报告厅", request.Place);
        Assert.Equal("主讲人王书记", request.Topic);
    }

    [Theory]
    [InlineData("安排 党课 12月10日下午3点半 主讲人王书记")]
    [InlineData("安排 党课 12月10日下午3点半，学习四中全会精神")]
    public void A_topic_or_speaker_alone_is_never_taken_for_the_place(string line)
    {
        var request = Parse(line);

        Assert.Null(request.Place);
        Assert.NotNull(request.Topic);
    }

    [Fact]
    public void A_place_label_without_a_colon_leaves_what_follows_as_the_topic()
    {
        var request = Parse("安排 这周五上午十点主题党日，地点城东敬老院，志愿服务");

        Assert.Equal(MeetingKind.ThemedPartyDay, request.Kind);
        Assert.Equal(At(11, 27, 10), request.StartsAt);
        Assert.Equal("城东敬老院", request.Place);
        Assert.Equal("志愿服务", request.Topic);
    }

    [Fact]
    public void A_kind_after_kai_ge_is_read_and_the_place_left_open()
    {
        var request = Parse("安排 后天下午两点开个支委会");

        Assert.Equal(MeetingKind.CommitteeMeeting, request.Kind);
        Assert.Equal(At(11, 27, 14), request.StartsAt);
        Assert.Null(request.Place);
        Assert.Null(request.Topic);
    }

    [Fact]
    public void A_place_first_then_the_time_then_the_kind_with_its_topic()
    {
        var request = Parse("安排 在党员活动室，12月4日晚上七点，党小组会学习四中全会精神");

        Assert.Equal(MeetingKind.GroupMeeting, request.Kind);
        Assert.Equal(At(12, 4, 19), request.StartsAt);
        Assert.Equal("党员活动室", request.Place);
        Assert.Equal("学习四中全会精神", request.Topic);
    }

    [Fact]
    public async Task A_labelled_place_after_a_comma_is_stored_as_typed()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 明天15:30 支委会，地点党员活动室").ExpectReply("地点：党员活动室\n")
            .Send("确认").ExpectReply("已安排");

        Assert.Equal("党员活动室", (await OnlyUpcomingAsync(bot)).Place);
    }

    [Fact]
    public async Task The_speaker_of_a_lecture_goes_to_the_topic_not_the_place()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 党课，12月10日下午3点半，图书馆报告厅，主讲人王书记").ExpectReply("地点：图书馆报告厅\n");
        Assert.Contains("主题：主讲人王书记", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("确认").ExpectReply("已安排");

        var meeting = await OnlyUpcomingAsync(bot);
        Assert.Equal("图书馆报告厅", meeting.Place);
        Assert.Equal(At(12, 10, 15, 30), meeting.StartsAt);
    }

    [Fact]
    public async Task A_themed_day_keeps_its_place_and_topic_apart()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 这周五上午十点主题党日，地点城东敬老院，志愿服务").ExpectReply("地点：城东敬老院\n");
        Assert.Contains("主题：志愿服务", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("日期：11月27日（星期五）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_committee_meeting_in_a_sentence_without_a_place_stores_no_place()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).WithCommitteeMember("李四");
        branch.Secretary.Send("安排 后天下午两点开个支委会").ExpectReply("类型：支委会");
        Assert.Contains("地点：（未定）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("日期：11月27日（星期五）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_meeting_named_after_its_place_asks_only_for_the_group()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("安排 在党员活动室，12月4日晚上七点，党小组会学习四中全会精神").ExpectReply("是哪个党小组的党小组会")
            .Send("第一党小组").ExpectReply("地点：党员活动室\n");
        Assert.Contains("主题：学习四中全会精神", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }
}
