using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// A meeting arranged for a weekday inside a part of a month ("下个月中旬找个周五", "月底找个周五") is read on that
/// part of the month, never on the coming weekday; a weekday that falls there more than once is asked, not guessed.
/// The branch's clock reads Wednesday 2026-11-25; December 2026 starts on a Tuesday.
/// </summary>
public class MonthPartArrangeTests
{
    [Fact]
    public async Task Mid_next_month_on_a_friday_asks_which_of_its_two_fridays()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        // The whole day phrase stays on the line (it used to lose "下个月中" and keep "旬找个周五下午", i.e. this Friday).
        branch.Secretary.Send("下个月中旬找个周五下午开个支委会 讨论年底民主评议的事").ExpectReply("你是想「安排 支委会 下个月中旬找个周五下午");
        branch.Secretary.Send("是").ExpectReply("那段时间有2个星期五：12月11日、12月18日，请说是哪一天。");
        Assert.DoesNotContain("11月27日", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_friday_at_the_end_of_next_month_is_that_friday()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("下个月底找个周五晚上七点在党员活动室开个支委会").ExpectReply("12月25日");
        Assert.DoesNotContain("11月27日", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_inside_the_topic_is_the_topics_and_the_time_of_day_is_asked_with_the_topic_kept()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        // "年底" belongs to "讨论年底民主评议的事": it used to be taken as a vague time, blamed, and the topic lost.
        branch.Secretary.Send("安排 支委会 下周五下午 讨论年底民主评议的事").ExpectReply("几点开始");
        Assert.DoesNotContain("没有说清", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.Send("下午3点").ExpectReply("主题：讨论年底民主评议的事");
    }

    [Fact]
    public async Task A_meeting_wished_for_in_free_words_with_a_month_apart_from_its_day_is_arranged_on_that_day()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        // "下个月的主题党日" named no meeting already arranged, and 搞/定在 are arranging words: it used to get rules suggestions.
        branch.Secretary.Send("下个月的主题党日我想搞个参观 去革命纪念馆 定在18号下午吧").ExpectReply("12月18日几点开始")
            .Send("3点").ExpectReply("请确认会议安排");
        var summary = branch.Secretary.LastReplyText;
        Assert.Contains("日期：12月18日（星期五）", summary, StringComparison.Ordinal);
        Assert.Contains("地点：革命纪念馆", summary, StringComparison.Ordinal);
        Assert.Contains("主题：参观", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("这个月的主题党日还没开")]
    [InlineData("下个月的党员大会大家都要来")]
    public async Task A_period_before_a_kind_without_a_wish_to_hold_it_arranges_nothing(string said)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send(said).ExpectReply(string.Empty);
        Assert.DoesNotContain("安排 ", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("几点开始", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_after_a_colloquial_verb_with_xia_stays_in_the_topic()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        // "商量下年底评议的事": the 下 of "商量下" is not "下年底"; "年底" used to vanish, leaving "商量下 评议的事".
        branch.Secretary.Send("下周五晚上七点在二楼小会议室开个支委会 商量下年底评议的事").ExpectReply("年底评议的事");
        Assert.DoesNotContain("商量下 评议", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_month_on_a_wednesday_names_the_wednesdays_instead_of_taking_next_weeks()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("安排 党员大会 下个月 周三下午三点 三楼会议室").ExpectReply("那段时间有5个星期三：12月2日、12月9日、12月16日、12月23日、12月30日");
    }
}
