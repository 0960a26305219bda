using BranchBot.Dialogs.Broadcasts;

namespace BranchBot.Tests.Broadcasts;

public class RelativeDateWordsTests
{
    private static readonly DateOnly Sunday = new(2026, 12, 6);

    [Fact]
    public void A_day_word_in_a_notice_sent_another_day_names_the_date_meant_and_the_date_it_would_be_read_as()
    {
        var warning = RelativeDateWords.Warning("明天上午9点前交学习心得", Sunday, Sunday.AddDays(1));
        Assert.Equal("\n注意：内容里的「明天」按今天算是12月7日，但广播12月7日才发出，大家读到时会理解成12月8日。建议点「修改」把它写成具体日期「12月7日」。", warning);
        Assert.Contains("按今天算是12月8日", RelativeDateWords.Warning("后天交", Sunday, Sunday.AddDays(3)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("明天上午9点前交学习心得", 0)]
    [InlineData("12月9日下午开党员大会", 1)]
    [InlineData("本周三学习", 0)]
    public void Words_that_still_mean_the_same_when_sent_are_not_warned_about(string text, int daysLater) =>
        Assert.Null(RelativeDateWords.Warning(text, Sunday.AddDays(1), Sunday.AddDays(1 + daysLater)));

    [Fact]
    public void A_week_word_is_warned_about_only_when_the_notice_goes_out_in_another_week()
    {
        var monday = Sunday.AddDays(1);
        Assert.Null(RelativeDateWords.Warning("下周三开支委会", monday, monday.AddDays(2)));
        Assert.Contains("「下周三」是按本周说的", RelativeDateWords.Warning("下周三开支委会", Sunday, monday), StringComparison.Ordinal);
    }
}
