using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Tests.Meetings.Chat;

/// <summary>Every line is read on Wednesday 2026-11-25 at 10:00 in Shanghai.</summary>
public class MeetingRequestParserTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    private static MeetingRequest Parse(string text) => MeetingRequestParser.Parse(text, Now, Shanghai);

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0, int year = 2026) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_full_line_gives_kind_time_place_and_topic()
    {
        var request = Parse("安排 党员大会 12月1日下午2点半 三楼会议室 学习二十大精神");
        Assert.Equal(MeetingKind.GeneralMeeting, request.Kind);
        Assert.Equal(At(12, 1, 14, 30), request.StartsAt);
        Assert.Equal("三楼会议室", request.Place);
        Assert.Equal("学习二十大精神", request.Topic);
        Assert.True(request.IsComplete);
        Assert.Equal(MeetingTimeIssue.None, request.TimeIssue);
    }

    [Fact]
    public void Kind_and_time_alone_are_complete_without_place_or_topic()
    {
        var request = Parse("安排 支委会 明天上午9点");
        Assert.Equal(MeetingKind.CommitteeMeeting, request.Kind);
        Assert.Equal(At(11, 26, 9), request.StartsAt);
        Assert.Null(request.Place);
        Assert.Null(request.Topic);
        Assert.True(request.IsComplete);
    }

    [Fact]
    public void A_group_meeting_names_its_group_before_the_place()
    {
        var request = Parse("安排 党小组会 下周三下午3点 第一党小组 二楼小会议室 交流学习心得");
        Assert.Equal(MeetingKind.GroupMeeting, request.Kind);
        Assert.Equal(At(12, 2, 15), request.StartsAt);
        Assert.Equal("第一党小组", request.GroupName);
        Assert.Equal("二楼小会议室", request.Place);
        Assert.Equal("交流学习心得", request.Topic);
    }

    [Fact]
    public void The_group_may_come_before_the_time()
    {
        var request = Parse("安排 党小组会 第二党小组 下周三下午3点");
        Assert.Equal("第二党小组", request.GroupName);
        Assert.Equal(At(12, 2, 15), request.StartsAt);
        Assert.Null(request.Place);
    }

    [Fact]
    public void A_numbered_group_after_the_place_is_the_group_not_the_topic()
    {
        var request = Parse("安排 党小组会 明天下午4点 二楼小会议室 第二党小组");
        Assert.Equal("第二党小组", request.GroupName);
        Assert.Equal("二楼小会议室", request.Place);
        Assert.Null(request.Topic);
    }

    [Fact]
    public void A_word_ending_in_group_is_not_a_group_for_other_kinds()
    {
        var request = Parse("安排 党员大会 明天下午3点 第一党小组 活动室");
        Assert.Null(request.GroupName);
        Assert.Equal("第一党小组", request.Place);
        Assert.Equal("活动室", request.Topic);
    }

    [Fact]
    public void The_keyword_alone_leaves_everything_missing()
    {
        var request = Parse("安排");
        Assert.Null(request.Kind);
        Assert.Null(request.StartsAt);
        Assert.Equal(MeetingTimeIssue.Missing, request.TimeIssue);
        Assert.Null(request.Place);
        Assert.Null(request.Topic);
        Assert.False(request.IsComplete);
    }

    [Fact]
    public void Arguments_without_the_keyword_are_read_the_same()
    {
        var request = Parse("党课 12月3日 下午3点 党员活动室 党章学习");
        Assert.Equal(MeetingKind.PartyLecture, request.Kind);
        Assert.Equal(At(12, 3, 15), request.StartsAt);
        Assert.Equal("党员活动室", request.Place);
        Assert.Equal("党章学习", request.Topic);
    }

    [Fact]
    public void A_kind_without_a_time_is_missing_the_time()
    {
        var request = Parse("安排 主题党日");
        Assert.Equal(MeetingKind.ThemedPartyDay, request.Kind);
        Assert.Equal(MeetingTimeIssue.Missing, request.TimeIssue);
        Assert.False(request.IsComplete);
    }

    [Fact]
    public void A_time_without_a_kind_is_missing_the_kind()
    {
        var request = Parse("安排 明天下午3点 三楼会议室");
        Assert.Null(request.Kind);
        Assert.Equal(At(11, 26, 15), request.StartsAt);
        Assert.Equal("三楼会议室", request.Place);
        Assert.False(request.IsComplete);
    }

    [Fact]
    public void The_kind_may_follow_the_time_as_a_word_of_its_own()
    {
        var request = Parse("安排 明天上午9点 支委会 书记办公室");
        Assert.Equal(MeetingKind.CommitteeMeeting, request.Kind);
        Assert.Equal(At(11, 26, 9), request.StartsAt);
        Assert.Equal("书记办公室", request.Place);
    }

    [Fact]
    public void A_kind_word_inside_the_topic_is_not_the_kind()
    {
        var request = Parse("安排 明天下午3点 三楼 筹备党员大会");
        Assert.Null(request.Kind);
        Assert.Equal("筹备党员大会", request.Topic);
    }

    [Fact]
    public void A_kind_glued_to_the_time_is_read()
    {
        var request = Parse("安排 党员大会12月1日下午2点半");
        Assert.Equal(MeetingKind.GeneralMeeting, request.Kind);
        Assert.Equal(At(12, 1, 14, 30), request.StartsAt);
    }

    [Theory]
    [InlineData("支部党员大会", MeetingKind.GeneralMeeting)]
    [InlineData("支部大会", MeetingKind.GeneralMeeting)]
    [InlineData("支部委员会会议", MeetingKind.CommitteeMeeting)]
    [InlineData("党小组会议", MeetingKind.GroupMeeting)]
    [InlineData("主题党日活动", MeetingKind.ThemedPartyDay)]
    [InlineData("组织生活会", MeetingKind.OrganizationalLifeMeeting)]
    [InlineData("民主评议党员", MeetingKind.DemocraticReview)]
    [InlineData("民主评议", MeetingKind.DemocraticReview)]
    public void Every_kind_word_is_read(string word, MeetingKind expected)
    {
        var request = Parse($"安排 {word} 12月10日上午9点");
        Assert.Equal(expected, request.Kind);
        Assert.Equal(At(12, 10, 9), request.StartsAt);
        Assert.Null(request.Place);
    }

    [Fact]
    public void A_date_without_a_time_of_day_keeps_the_date_and_asks_for_the_time()
    {
        var request = Parse("安排 党员大会 12月1日 三楼会议室");
        Assert.Equal(MeetingTimeIssue.NoTimeOfDay, request.TimeIssue);
        Assert.Equal(new DateOnly(2026, 12, 1), request.DateWithoutTime);
        Assert.Null(request.StartsAt);
        Assert.Contains("几点", request.TimeProblem, StringComparison.Ordinal);
        Assert.Equal("三楼会议室", request.Place);
        Assert.False(request.IsComplete);
    }

    [Fact]
    public void An_impossible_date_is_invalid_with_a_reason()
    {
        var request = Parse("安排 党员大会 2月30日下午3点 三楼");
        Assert.Equal(MeetingTimeIssue.Invalid, request.TimeIssue);
        Assert.Null(request.StartsAt);
        Assert.Contains("2月没有30日", request.TimeProblem, StringComparison.Ordinal);
        Assert.Equal("三楼", request.Place);
    }

    [Fact]
    public void A_contradictory_time_is_invalid()
    {
        var request = Parse("安排 支委会 明天下午15点");
        Assert.Equal(MeetingTimeIssue.Invalid, request.TimeIssue);
        Assert.NotNull(request.TimeProblem);
    }

    [Fact]
    public void Yesterday_is_past()
    {
        var request = Parse("安排 支委会 昨天下午3点");
        Assert.Equal(MeetingTimeIssue.Past, request.TimeIssue);
        Assert.Null(request.StartsAt);
        Assert.Contains("已经过去", request.TimeProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void Earlier_today_is_past()
    {
        var request = Parse("安排 支委会 今天上午9点");
        Assert.Equal(MeetingTimeIssue.Past, request.TimeIssue);
    }

    [Fact]
    public void A_past_date_without_time_is_past_rather_than_missing_its_time()
    {
        var request = Parse("安排 党员大会 2026年11月1日");
        Assert.Equal(MeetingTimeIssue.Past, request.TimeIssue);
    }

    [Fact]
    public void Later_today_is_fine()
    {
        var request = Parse("安排 支委会 今天下午4点");
        Assert.Equal(At(11, 25, 16), request.StartsAt);
    }

    [Fact]
    public void Labels_put_place_and_topic_where_the_user_says()
    {
        var request = Parse("安排 党课 12月5日上午9点 主题：学习新党章 地点：党员活动室");
        Assert.Equal("党员活动室", request.Place);
        Assert.Equal("学习新党章", request.Topic);
    }

    [Fact]
    public void A_topic_label_alone_leaves_the_place_open()
    {
        var request = Parse("安排 支委会 明天上午9点 主题:讨论发展对象");
        Assert.Null(request.Place);
        Assert.Equal("讨论发展对象", request.Topic);
    }

    [Fact]
    public void A_place_label_keeps_the_rest_as_the_topic()
    {
        var request = Parse("安排 支委会 明天上午9点 研究年度计划 地点：二楼");
        Assert.Equal("二楼", request.Place);
        Assert.Equal("研究年度计划", request.Topic);
    }

    [Fact]
    public void The_place_may_be_introduced_with_zai()
    {
        var request = Parse("安排 支委会 明天上午9点 在书记办公室 研究年度计划");
        Assert.Equal("书记办公室", request.Place);
        Assert.Equal("研究年度计划", request.Topic);
    }

    [Fact]
    public void A_topic_of_several_words_is_kept_whole()
    {
        var request = Parse("安排 党员大会 12月1日下午2点半 三楼会议室 讨论 张三 转正");
        Assert.Equal("讨论 张三 转正", request.Topic);
    }

    [Fact]
    public void Full_width_spaces_and_trailing_punctuation_are_ignored()
    {
        var request = Parse("安排　党员大会　12月1日下午2点半　三楼会议室。");
        Assert.Equal(At(12, 1, 14, 30), request.StartsAt);
        Assert.Equal("三楼会议室", request.Place);
        Assert.Null(request.Topic);
    }

    [Fact]
    public void A_date_in_january_falls_in_the_next_year()
    {
        var request = Parse("安排 党员大会 1月8日上午9点");
        Assert.Equal(At(1, 8, 9, year: 2027), request.StartsAt);
    }

    [Theory]
    [InlineData("第一党小组", true)]
    [InlineData("离退休小组", true)]
    [InlineData("小组", false)]
    [InlineData("党小组会", false)]
    [InlineData("三楼会议室", false)]
    public void Group_names_are_recognised(string word, bool isGroup) =>
        Assert.Equal(isGroup, MeetingRequestParser.IsGroupName(word));

    [Fact]
    public void A_check_in_code_is_taken_out_of_the_line()
    {
        var request = Parse("安排 党员大会 12月1日下午2点半 签到码：8848 三楼会议室 学习");
        Assert.Equal("8848", request.CheckInCode);
        Assert.Equal("三楼会议室", request.Place);
        Assert.Equal("学习", request.Topic);
        Assert.Equal(At(12, 1, 14, 30), request.StartsAt);
    }
}
