using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Tests.Meetings.Chat;

public class PlanRequestParserTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    private static PlanRequest? Parse(string text) => PlanRequestParser.Parse(text, Now, Shanghai);

    [Fact]
    public void A_monthly_plan_gives_day_time_kind_place_and_topic()
    {
        var plan = Parse("安排 每月15日下午3点 主题党日 党员活动室 重温入党誓词")!;
        Assert.Equal(RecurrenceFrequency.Monthly, plan.Frequency);
        Assert.Equal(15, plan.DayOfMonth);
        Assert.Equal(new TimeOnly(15, 0), plan.Time);
        Assert.Equal(MeetingKind.ThemedPartyDay, plan.Kind);
        Assert.Equal("党员活动室", plan.Place);
        Assert.Equal("重温入党誓词", plan.Topic);
        Assert.True(plan.IsComplete);
        Assert.Equal(new Recurrence(RecurrenceFrequency.Monthly, 15, new TimeOnly(15, 0)), plan.Recurrence);
    }

    [Theory]
    [InlineData("安排 主题党日 每月15号 下午3点 社区服务中心 志愿服务")]
    [InlineData("主题党日 每月15号下午3点 社区服务中心 志愿服务")]
    public void The_kind_typed_before_the_rhythm_is_a_plan_not_a_meeting_held_at_每月(string line)
    {
        var plan = Parse(line)!;

        Assert.Equal(RecurrenceFrequency.Monthly, plan.Frequency);
        Assert.Equal(15, plan.DayOfMonth);
        Assert.Equal(new TimeOnly(15, 0), plan.Time);
        Assert.Equal(MeetingKind.ThemedPartyDay, plan.Kind);
        Assert.Equal("社区服务中心", plan.Place);
        Assert.Equal("志愿服务", plan.Topic);
    }

    [Fact]
    public void A_quarterly_plan_reads_the_month_of_the_quarter()
    {
        var plan = Parse("每季度第一个月10号下午2点半 党员大会")!;
        Assert.Equal(RecurrenceFrequency.Quarterly, plan.Frequency);
        Assert.Equal(1, plan.MonthOfQuarter);
        Assert.Equal(10, plan.DayOfMonth);
        Assert.Equal(new TimeOnly(14, 30), plan.Time);
        Assert.Equal(MeetingKind.GeneralMeeting, plan.Kind);
    }

    [Fact]
    public void A_quarterly_plan_without_a_time_is_incomplete()
    {
        var plan = Parse("安排 每季度第一个月10号 党员大会 三楼会议室")!;
        Assert.Equal(10, plan.DayOfMonth);
        Assert.Null(plan.Time);
        Assert.Equal(MeetingKind.GeneralMeeting, plan.Kind);
        Assert.Equal("三楼会议室", plan.Place);
        Assert.False(plan.IsComplete);
    }

    [Fact]
    public void The_third_month_of_a_quarter_is_read()
    {
        var plan = Parse("每季度第三个月20日上午9点 党课")!;
        Assert.Equal(3, plan.MonthOfQuarter);
        Assert.Equal(20, plan.DayOfMonth);
        Assert.Equal(new TimeOnly(9, 0), plan.Time);
    }

    [Fact]
    public void A_monthly_group_meeting_names_its_group()
    {
        var plan = Parse("每月5号下午4点 党小组会 第一党小组")!;
        Assert.Equal(MeetingKind.GroupMeeting, plan.Kind);
        Assert.Equal("第一党小组", plan.GroupName);
    }

    [Fact]
    public void A_plan_without_a_kind_is_incomplete()
    {
        var plan = Parse("每月15日下午3点")!;
        Assert.Null(plan.Kind);
        Assert.False(plan.IsComplete);
    }

    [Fact]
    public void A_day_that_no_month_has_is_refused()
    {
        var plan = Parse("每月32日下午3点 主题党日")!;
        Assert.Null(plan.DayOfMonth);
        Assert.Contains("没有32号", plan.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_concrete_date_is_not_a_rhythm_time()
    {
        var plan = Parse("每月 明天下午3点 主题党日")!;
        Assert.Null(plan.Time);
        Assert.NotNull(plan.Problem);
    }

    [Theory]
    [InlineData("每月党费交多少")]
    [InlineData("安排 党员大会 明天下午3点")]
    [InlineData("月度计划")]
    public void Messages_without_a_rhythm_are_not_plans_or_lack_a_day(string text)
    {
        var plan = Parse(text);
        Assert.True(plan is null || !plan.IsComplete);
    }

    [Fact]
    public void Only_rhythm_words_start_a_plan()
    {
        Assert.True(PlanRequestParser.StartsWithRhythm("每月15日下午3点 主题党日"));
        Assert.True(PlanRequestParser.StartsWithRhythm("安排 每季度第一个月10号 党员大会"));
        Assert.False(PlanRequestParser.StartsWithRhythm("安排 党员大会 明天下午3点"));
    }
}
