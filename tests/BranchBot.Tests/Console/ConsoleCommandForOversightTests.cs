using BranchBot.Core.Organisation;
using BranchBot.Tests.Meetings.Chat;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Console;

/// <summary>控制台 and 退出控制台 in chat for a 党委 role holder who is not on the committee, a member without a role, and the 书记.</summary>
public class ConsoleCommandForOversightTests
{
    [Fact]
    public async Task A_party_committee_role_holder_off_the_committee_gets_a_console_link_to_the_branches_pages()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot);
        branch.Zhang.Send("控制台").ExpectReply("只有书记、副书记和支委可以使用「控制台」。").ExpectNoMoreReplies();

        await OrgRoles.GrantAsync(bot.Services, (await OrgRoles.MemberOnAsync(bot.Services, "zhang")).Id, OrgRoleKind.OrganisationCommittee);
        branch.Zhang.Send("控制台").ExpectReply("网页控制台登录链接").ExpectNoMoreReplies();
        Assert.Contains("/console/login?token=", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("登录后8小时内可查看各支部的台账情况、待答问题和广播回执", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.Send("退出控制台").ExpectReply("已让你在所有电脑上的控制台登录立即失效");

        branch.Secretary.Send("控制台").ExpectReply("登录后8小时内可查看总览、会议、台账、谈心和党员名单");
    }
}
