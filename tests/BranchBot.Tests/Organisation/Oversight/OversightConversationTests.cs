using BranchBot.Dialogs.Organisation;
using BranchBot.Tests.Meetings.Chat;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Organisation.Oversight;

/// <summary>
/// 各支部情况 and 台账 全部 in chat, as the 初始化 secretary (who holds 党建专员), as an ordinary member and as a 支委
/// without a 党委 role. The clock is Wednesday 2026-11-25 in Beijing; the branch was set up at the start of 2026 and
/// held its 党员大会 today, so October's 党小组会 and 主题党日 are missed.
/// </summary>
public class OversightConversationTests
{
    private const string QuarterTitle = "各支部情况（2026年第四季度）";

    [Fact]
    public async Task The_party_affairs_officer_sees_the_branch_with_what_it_missed_and_the_console_page()
    {
        await using var bot = new BotHarness();
        var branch = await HeldGeneralMeetingAsync(bot);
        branch.Secretary.Send("各支部情况").ExpectReply(QuarterTitle);
        var text = branch.Secretary.LastReplyText;
        Assert.Contains("共1个支部，1个有缺开：", text, StringComparison.Ordinal);
        Assert.Contains("· 机关第一党支部：缺10月党小组会（第一党小组）、10月党小组会（第二党小组）等3项", text, StringComparison.Ordinal);
        Assert.EndsWith(OversightTexts.ConsolePath + "（网页控制台，登录请发送「控制台」）", text, StringComparison.Ordinal);
        AssertPhoneSized(text);
    }

    [Theory]
    [InlineData("各支部情况 本月", "各支部情况（2026年11月）")]
    [InlineData("各支部情况 本年", "各支部情况（2026年）")]
    [InlineData("各支部情况 2026年", "各支部情况（2026年）")]
    [InlineData("各支部情况 2026年第4季度", QuarterTitle)]
    [InlineData("各支部情况 2026年10月", "各支部情况（2026年10月）")]
    [InlineData("各支部开会情况", QuarterTitle)]
    [InlineData("看看各支部台账", QuarterTitle)]
    [InlineData("哪些支部还没开党员大会", QuarterTitle)]
    [InlineData("各支部这个月开会情况怎么样", "各支部情况（2026年11月）")]
    [InlineData("全党委本月主题党日开展情况", "各支部情况（2026年11月）")]
    [InlineData("看下基层支部这季度的会开齐了没有", QuarterTitle)]
    [InlineData("所有支部的台账给我看一下", "各支部台账（2026年第四季度，按会议类别）")]
    [InlineData("各支部台账按类别汇总一下", "各支部台账（2026年第四季度，按会议类别）")]
    public async Task Periods_and_colloquial_asks_reach_the_overview(string message, string title)
    {
        await using var bot = new BotHarness();
        var branch = await HeldGeneralMeetingAsync(bot);
        branch.Secretary.Send(message).ExpectReply(title);
    }

    [Fact]
    public async Task An_unknown_period_explains_the_forms()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("各支部情况 明年春天").ExpectReply("没看懂要查看的期间「明年春天」").ExpectNoMoreReplies();
        Assert.Contains("「各支部情况 2026年第4季度」", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ledgers_by_rule_list_each_rule_with_its_branches_by_status()
    {
        await using var bot = new BotHarness();
        var branch = await HeldGeneralMeetingAsync(bot);
        branch.Secretary.Send("台账 全部 本季度").ExpectReply("各支部台账（2026年第四季度，按会议类别）");
        var text = branch.Secretary.LastReplyText;
        Assert.Contains("党员大会（每季度）：\n· 达标：机关第一党支部", text, StringComparison.Ordinal);
        Assert.Contains("主题党日（每月）：\n· 缺开：机关第一党支部", text, StringComparison.Ordinal);
        Assert.DoesNotContain("支委会", text, StringComparison.Ordinal);
        AssertPhoneSized(text);

        branch.Secretary.Send("台账 全部").ExpectReply("各支部台账（2026年第四季度，按会议类别）");
        branch.Secretary.Send("台账 本季度").ExpectReply("2026年第四季度组织生活台账");
    }

    [Theory]
    [InlineData("各支部情况")]
    [InlineData("台账 全部")]
    public async Task A_member_without_a_party_committee_role_is_refused(string message)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).WithCommitteeMember("李四");
        var keyword = message.Split(' ')[0] == "台账" ? "台账 全部" : "各支部情况";
        foreach (var member in new[] { branch.Zhang, branch.Li })
        {
            member.Send(message).ExpectReply($"只有党委书记、党委副书记、组织委员和党建专员可以使用「{keyword}」").ExpectNoMoreReplies();
        }
    }

    [Fact]
    public async Task A_colloquial_ask_from_a_member_is_refused_too()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Zhang.Send("各支部开会情况").ExpectReply("只有党委书记、党委副书记、组织委员和党建专员可以使用「各支部情况」");
        branch.Zhang.Send("所有支部的台账给我看一下").ExpectReply("只有党委书记、党委副书记、组织委员和党建专员可以使用「台账 全部」");
    }

    [Fact]
    public async Task Help_names_the_oversight_commands_with_their_periods()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("帮助 各支部情况").ExpectReply("各支部情况 [本月|本季度|本年|2026年第4季度]");
        branch.Secretary.Send("帮助 台账 全部").ExpectReply("台账 全部 [本月|本季度|本年|2026年第4季度]");
    }

    private static async Task<MeetingBranch> HeldGeneralMeetingAsync(BotHarness bot)
    {
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        await BranchSetUp.BackdateAsync(bot.Services, BranchSetUp.StartOf2026);
        branch.At(16, 0);
        return branch;
    }

    /// <summary>At most 30 branch lines plus headline, figures and link, none longer than four rows of a phone (about 20 characters each).</summary>
    private static void AssertPhoneSized(string text)
    {
        var lines = text.Split('\n');
        Assert.InRange(lines.Length, 2, OverviewTexts.BranchLinesShown + 4);
        Assert.All(lines.SkipLast(1), line => Assert.True(line.Length is >= 1 and <= 80, line));
    }
}
