using System.Globalization;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Tests.Recognizers;

/// <summary>All cases are read on Wednesday 2026-11-25 at 10:00 in Asia/Shanghai unless a test says otherwise.</summary>
public class ChineseDateTimeRecognizerTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset WednesdayMorning = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    private static DateTimeRecognition Recognize(string text) => ChineseDateTimeRecognizer.Recognize(text, WednesdayMorning, Shanghai);

    private static DateTimeRecognition Recognize(string text, string reference) =>
        ChineseDateTimeRecognizer.Recognize(text, DateTimeOffset.Parse(reference, CultureInfo.InvariantCulture), Shanghai);

    /// <summary>"2026-12-01 14:30" for a date and time, "2026-12-01" for a date only.</summary>
    private static string Describe(ResolvedDateTime value) => value.Time is { } time
        ? $"{value.Date:yyyy-MM-dd} {time:HH\\:mm}"
        : $"{value.Date:yyyy-MM-dd}";

    private static ResolvedDateTime AssertRecognized(DateTimeRecognition recognition)
    {
        Assert.True(recognition.Succeeded, $"Expected a date-time but got {recognition.Status}: {recognition.Problem}");
        return recognition.Value!;
    }

    [Theory]
    [InlineData("2026-12-01 14:30", "2026-12-01 14:30")]
    [InlineData("2026/12/1 14:30", "2026-12-01 14:30")]
    [InlineData("2026-12-01T14:30", "2026-12-01 14:30")]
    [InlineData("12月1日14:30", "2026-12-01 14:30")]
    [InlineData("12月1日下午2点半", "2026-12-01 14:30")]
    [InlineData("12月1日 下午2点半", "2026-12-01 14:30")]
    [InlineData("12月1日（周二）下午2点半", "2026-12-01 14:30")]
    [InlineData("十二月一日下午两点", "2026-12-01 14:00")]
    [InlineData("１２月１日　１４：３０", "2026-12-01 14:30")]
    [InlineData("2027年1月5日上午9点", "2027-01-05 09:00")]
    [InlineData("明天上午9点", "2026-11-26 09:00")]
    [InlineData("明天的下午3点", "2026-11-26 15:00")]
    [InlineData("后天下午 两点半", "2026-11-27 14:30")]
    [InlineData("明天 下午 3点", "2026-11-26 15:00")]
    [InlineData("周五晚上　七点半", "2026-11-27 19:30")]
    [InlineData("后天晚上7点", "2026-11-27 19:00")]
    [InlineData("今天下午3点", "2026-11-25 15:00")]
    [InlineData("今晚8点", "2026-11-25 20:00")]
    [InlineData("明早8点", "2026-11-26 08:00")]
    [InlineData("明天中午", "2026-11-26 12:00")]
    [InlineData("下周三下午3点", "2026-12-02 15:00")]
    [InlineData("星期三晚上7点半", "2026-11-25 19:30")]
    [InlineData("15号上午10点", "2026-12-15 10:00")]
    [InlineData("28号下午3点", "2026-11-28 15:00")]
    public void Recognizes_a_date_with_a_time(string text, string expected)
    {
        var value = AssertRecognized(Recognize(text));
        Assert.Equal(DateTimeParts.DateAndTime, value.Parts);
        Assert.Equal(expected, Describe(value));
    }

    [Theory]
    [InlineData("2026年12月1日", "2026-12-01")]
    [InlineData("二〇二六年十二月一日", "2026-12-01")]
    [InlineData("2026.12.1", "2026-12-01")]
    [InlineData("12月1号", "2026-12-01")]
    [InlineData("12/1", "2026-12-01")]
    [InlineData("明年3月1日", "2027-03-01")]
    [InlineData("大后天", "2026-11-28")]
    [InlineData("昨天", "2026-11-24")]
    [InlineData("3天后", "2026-11-28")]
    [InlineData("明天晚上", "2026-11-26")]
    [InlineData("这周五", "2026-11-27")]
    [InlineData("本周五", "2026-11-27")]
    [InlineData("周五", "2026-11-27")]
    [InlineData("星期五", "2026-11-27")]
    [InlineData("礼拜五", "2026-11-27")]
    [InlineData("周二", "2026-12-01")]
    [InlineData("周日", "2026-11-29")]
    [InlineData("星期天", "2026-11-29")]
    [InlineData("下个月5号", "2026-12-05")]
    [InlineData("下月5日", "2026-12-05")]
    [InlineData("下个月31号", "2026-12-31")]
    [InlineData("28号", "2026-11-28")]
    [InlineData("廿八号", "2026-11-28")]
    [InlineData("25号", "2026-11-25")]
    [InlineData("24号", "2026-12-24")]
    public void Recognizes_a_date_without_a_time(string text, string expected)
    {
        var value = AssertRecognized(Recognize(text));
        Assert.Equal(DateTimeParts.DateOnly, value.Parts);
        Assert.Null(value.Time);
        Assert.Equal(expected, Describe(value));
        Assert.Equal(new DateTimeOffset(value.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)), value.Value);
    }

    [Theory]
    [InlineData("三点一刻", "2026-11-25 15:15")]
    [InlineData("三点三刻", "2026-11-25 15:45")]
    [InlineData("3点45", "2026-11-25 15:45")]
    [InlineData("3点45分", "2026-11-25 15:45")]
    [InlineData("3:45", "2026-11-25 15:45")]
    [InlineData("14点", "2026-11-25 14:00")]
    [InlineData("14时30分", "2026-11-25 14:30")]
    [InlineData("晚上8点", "2026-11-25 20:00")]
    [InlineData("晚7点", "2026-11-25 19:00")]
    [InlineData("中午12点", "2026-11-25 12:00")]
    [InlineData("中午1点", "2026-11-25 13:00")]
    [InlineData("傍晚6点", "2026-11-25 18:00")]
    [InlineData("两点半", "2026-11-25 14:30")]
    [InlineData("下午3点", "2026-11-25 15:00")]
    [InlineData("十点过五分", "2026-11-25 10:05")]
    [InlineData("12点", "2026-11-25 12:00")]
    public void A_time_still_ahead_today_is_today(string text, string expected)
    {
        var value = AssertRecognized(Recognize(text));
        Assert.Equal(DateTimeParts.TimeOnly, value.Parts);
        Assert.Equal(expected, Describe(value));
    }

    [Theory]
    [InlineData("凌晨2点", "2026-11-26 02:00")]
    [InlineData("早上8点", "2026-11-26 08:00")]
    [InlineData("早8点", "2026-11-26 08:00")]
    [InlineData("9点整", "2026-11-26 09:00")]
    [InlineData("03:45", "2026-11-26 03:45")]
    [InlineData("十点差五分", "2026-11-26 09:55")]
    [InlineData("10点", "2026-11-26 10:00")]
    [InlineData("0点", "2026-11-26 00:00")]
    [InlineData("半夜", "2026-11-26 00:00")]
    [InlineData("晚上12点", "2026-11-26 00:00")]
    [InlineData("半夜2点", "2026-11-26 02:00")]
    public void A_time_already_past_today_or_after_midnight_is_tomorrow(string text, string expected)
    {
        var value = AssertRecognized(Recognize(text));
        Assert.Equal(DateTimeParts.TimeOnly, value.Parts);
        Assert.Equal(expected, Describe(value));
    }

    [Theory]
    [InlineData("3点", "15:00", true)]
    [InlineData("1点", "13:00", true)]
    [InlineData("一点钟", "13:00", true)]
    [InlineData("6点半", "18:30", true)]
    [InlineData("7点", "07:00", true)]
    [InlineData("11点", "11:00", true)]
    [InlineData("下午3点", "15:00", false)]
    [InlineData("凌晨3点", "03:00", false)]
    [InlineData("上午11点", "11:00", false)]
    [InlineData("15点", "15:00", false)]
    public void An_hour_without_a_period_word_is_read_as_a_meeting_hour(string text, string expectedTime, bool assumed)
    {
        var value = AssertRecognized(Recognize(text));
        Assert.Equal(expectedTime, value.Time!.Value.ToString("HH:mm", CultureInfo.InvariantCulture));
        Assert.Equal(assumed, value.PeriodAssumed);
    }

    [Theory]
    [InlineData("1月5日", "2027-01-05")]
    [InlineData("11月24日", "2027-11-24")]
    [InlineData("11月25日", "2026-11-25")]
    [InlineData("12月31日", "2026-12-31")]
    public void A_month_and_day_already_past_fall_in_next_year(string text, string expected)
    {
        Assert.Equal(expected, Describe(AssertRecognized(Recognize(text))));
    }

    [Fact]
    public void Today_at_an_hour_already_past_stays_today_rather_than_next_year()
    {
        var value = AssertRecognized(Recognize("11月25日上午9点"));
        Assert.Equal("2026-11-25 09:00", Describe(value));
    }

    [Theory]
    [InlineData("周三", "2026-11-25")]
    [InlineData("周三下午3点", "2026-11-25 15:00")]
    [InlineData("周三上午9点", "2026-12-02 09:00")]
    [InlineData("这周一", "2026-11-23")]
    [InlineData("上周五", "2026-11-20")]
    [InlineData("下周一", "2026-11-30")]
    [InlineData("下周日", "2026-12-06")]
    [InlineData("下星期三", "2026-12-02")]
    [InlineData("下个礼拜三", "2026-12-02")]
    [InlineData("下下周三", "2026-12-09")]
    public void Weekdays_follow_monday_based_weeks_and_the_coming_day_rule(string text, string expected)
    {
        Assert.Equal(expected, Describe(AssertRecognized(Recognize(text))));
    }

    [Theory]
    [InlineData("这周一", "2026-11-23")]
    [InlineData("周一", "2026-11-30")]
    [InlineData("下周一", "2026-11-30")]
    [InlineData("周日", "2026-11-29")]
    [InlineData("这周日", "2026-11-29")]
    [InlineData("下周日", "2026-12-06")]
    public void On_a_sunday_this_week_still_began_last_monday(string text, string expected)
    {
        Assert.Equal(expected, Describe(AssertRecognized(Recognize(text, "2026-11-29T10:00:00+08:00"))));
    }

    [Theory]
    [InlineData("下周五", "2027-01-08")]
    [InlineData("1月2日", "2027-01-02")]
    [InlineData("下个月5号", "2027-01-05")]
    [InlineData("3号", "2027-01-03")]
    [InlineData("明天", "2026-12-31")]
    [InlineData("大后天", "2027-01-02")]
    public void Dates_roll_over_the_year_end(string text, string expected)
    {
        Assert.Equal(expected, Describe(AssertRecognized(Recognize(text, "2026-12-30T10:00:00+08:00"))));
    }

    [Fact]
    public void Midnight_on_new_years_eve_is_the_first_of_january()
    {
        var value = AssertRecognized(Recognize("半夜", "2026-12-31T23:00:00+08:00"));
        Assert.Equal("2027-01-01 00:00", Describe(value));
    }

    [Theory]
    [InlineData("2月30日", "2月没有30日。")]
    [InlineData("13月1日", "没有13月，月份是1到12。")]
    [InlineData("25点", "没有25点，小时是0到24。")]
    [InlineData("下午15点", "「下午15点」前后矛盾：用24小时制时不要再加「下午」，直接说「15点」即可。")]
    [InlineData("晚上3点", "「晚上3点」前后矛盾：晚上一般是5到12点。")]
    [InlineData("11月31日", "11月没有31日。")]
    [InlineData("31号", "11月没有31日。")]
    [InlineData("32号", "没有32号，日期是1到31。")]
    [InlineData("2026-02-29", "2026年2月没有29日。")]
    [InlineData("2月29日", "2027年2月没有29日。")]
    [InlineData("10点61分", "没有61分，分钟是0到59。")]
    [InlineData("12月1日（周三）", "12月1日是星期二，不是星期三。")]
    [InlineData("明天下午25点", "没有25点，小时是0到24。")]
    public void Impossible_or_contradictory_input_is_invalid_with_a_reason(string text, string reason)
    {
        var recognition = Recognize(text);
        Assert.Equal(DateTimeRecognitionStatus.Invalid, recognition.Status);
        Assert.Null(recognition.Value);
        Assert.Equal(reason, recognition.Problem);
    }

    [Fact]
    public void Next_month_thirty_first_from_january_is_refused_not_clamped()
    {
        var recognition = Recognize("下个月31号", "2027-01-15T10:00:00+08:00");
        Assert.Equal(DateTimeRecognitionStatus.Invalid, recognition.Status);
        Assert.Equal("2月没有31日。", recognition.Problem);
    }

    [Fact]
    public void February_29th_is_found_in_a_leap_year()
    {
        Assert.Equal("2028-02-29", Describe(AssertRecognized(Recognize("2月29日", "2028-01-10T10:00:00+08:00"))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("你好")]
    [InlineData("在三楼会议室开会")]
    [InlineData("请大家早一点到")]
    [InlineData("晚一点再说")]
    [InlineData("快一点")]
    [InlineData("提三点意见")]
    [InlineData("第3点")]
    [InlineData("3号楼")]
    [InlineData("2号会议室")]
    [InlineData("5号报告厅")]
    [InlineData("1号会场")]
    [InlineData("3号教学楼")]
    [InlineData("每周三次")]
    [InlineData("12月")]
    [InlineData("明天见")]
    public void Text_without_a_date_or_time_is_not_recognized(string text)
    {
        var recognition = Recognize(text);
        if (text == "明天见")
        {
            // A day word alone is a date; the sentence around it does not matter.
            Assert.Equal(DateTimeParts.DateOnly, AssertRecognized(recognition).Parts);
            return;
        }

        Assert.Equal(DateTimeRecognitionStatus.NotFound, recognition.Status);
        Assert.Equal("没有看出日期或时间。", recognition.Problem);
    }

    [Theory]
    [InlineData("明天下午3点在三楼会议室开支委会", "明天下午3点", 0, "在三楼会议室开支委会")]
    [InlineData("支委会定在下周三下午3点，地点三楼", "下周三下午3点", 5, "支委会定在，地点三楼")]
    [InlineData("请于12月1日14:30到会", "12月1日14:30", 2, "请于到会")]
    [InlineData("党课 后天 上午9点半 线上", "后天 上午9点半", 3, "党课 线上")]
    [InlineData("3号楼明天上午开会", "明天上午", 3, "3号楼开会")]
    [InlineData("党课 2号会议室 下周三下午3点", "下周三下午3点", 9, "党课 2号会议室")]
    [InlineData("15号下午在会议室开会", "15号下午", 0, "在会议室开会")]
    public void Finds_the_expression_inside_a_sentence_and_what_is_left(string text, string matched, int start, string remainder)
    {
        var recognition = Recognize(text);
        Assert.True(recognition.Succeeded, recognition.Problem);
        Assert.Equal(matched, recognition.MatchedText);
        Assert.Equal(start, recognition.Start);
        Assert.Equal(matched.Length, recognition.Length);
        Assert.Equal(remainder, recognition.Remainder);
    }

    [Fact]
    public void Resolved_value_carries_the_branch_offset()
    {
        var value = AssertRecognized(Recognize("明天上午9点"));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8)), value.Value);
    }

    [Fact]
    public void A_reference_in_another_offset_is_read_in_the_branch_zone()
    {
        // 2026-11-25 20:00 UTC is already Thursday 04:00 in Shanghai.
        var value = AssertRecognized(ChineseDateTimeRecognizer.Recognize("明天", new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero), Shanghai));
        Assert.Equal(new DateOnly(2026, 11, 27), value.Date);
    }
}
