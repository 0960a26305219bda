using BranchBot.Core.Knowledge.Questions;
using BranchBot.Dialogs.Organisation;
using BranchBot.Tests.Meetings.Chat;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Organisation.Oversight;

/// <summary>
/// 待答问题 全部 in chat as the 初始化 secretary (who holds 党建专员), and refused to a member and to a 支委 without a
/// 党委 role. The clock is Wednesday 2026-11-25 10:00 in Beijing.
/// </summary>
public class AllPendingQuestionsConversationTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Theory]
    [InlineData("待答问题 全部")]
    [InlineData("全部待答问题")]
    [InlineData("各支部还有哪些问题没回复")]
    [InlineData("查一下全党委没答复的提问")]
    public async Task The_party_affairs_officer_sees_each_branch_count_then_its_questions_oldest_first(string message)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        await AskAsync(bot, "预备党员能参加选举吗", new DateTimeOffset(2026, 11, 25, 8, 0, 0, Beijing));
        await AskAsync(bot, "党费按什么基数交", new DateTimeOffset(2026, 11, 13, 9, 30, 0, Beijing));
        await AskAsync(bot, "已经答复的问题", new DateTimeOffset(2026, 11, 1, 9, 0, 0, Beijing), PendingQuestionState.Answered);

        branch.Secretary.Send(message).ExpectReply("各支部待答问题：共2个，1个支部有待答（共1个支部）").ExpectNoMoreReplies();
        var text = branch.Secretary.LastReplyText;
        Assert.Contains("\n· 机关第一党支部：2个，最早的已等12天", text, StringComparison.Ordinal);
        Assert.Contains("\n机关第一党支部：\n「党费按什么基数交」11月13日提出，已等12天\n「预备党员能参加选举吗」今天提出", text, StringComparison.Ordinal);
        Assert.EndsWith(OpenQuestionsTexts.ConsolePath, text, StringComparison.Ordinal);
        Assert.DoesNotContain("已经答复的问题", text, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_open_questions_the_reply_says_every_branch_is_answered()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("待答问题 全部").ExpectReply("各支部待答问题：1个支部都没有待答的问题。").ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("待答问题 全部")]
    [InlineData("各支部待答问题")]
    [InlineData("全部支部的待答问题")]
    public async Task A_member_and_a_committee_member_without_a_party_committee_role_are_refused(string message)
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).WithCommitteeMember("李四");
        await AskAsync(bot, "党费按什么基数交", new DateTimeOffset(2026, 11, 13, 9, 30, 0, Beijing));
        foreach (var member in new[] { branch.Zhang, branch.Li })
        {
            member.Send(message).ExpectReply("只有党委书记、党委副书记、组织委员和党建专员可以使用「待答问题 全部」").ExpectNoMoreReplies();
            Assert.DoesNotContain("党费", member.LastReplyText, StringComparison.Ordinal);
        }

        // The branch's own 待答问题 is still the 支委's.
        branch.Li.Send("待答问题").ExpectReply("待答问题（1 个）");
    }

    [Fact]
    public async Task Help_names_the_command()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Secretary.Send("帮助 待答问题 全部").ExpectReply("党委查看各支部还没答复的问题，等得最久的在前");
    }

    private static async Task AskAsync(BotHarness bot, string question, DateTimeOffset at, PendingQuestionState state = PendingQuestionState.Open)
    {
        var asker = await OrgRoles.MemberOnAsync(bot.Services, "zhang");
        await bot.Services.GetRequiredService<IPendingQuestionStore>().AddAsync(
            new PendingQuestion { Question = question, AskerId = asker.Id, AskerName = asker.Name, AskedAt = at, State = state }, CancellationToken.None);
    }
}
