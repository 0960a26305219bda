using BranchBot.Core.Organisation;
using BranchBot.Scheduling;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Organisation;

/// <summary>
/// The 组织委员's summary over two branches (the clock starts on Wednesday 2026-11-25, within the nudge lead time of
/// November): both branches are named while neither has its 主题党日, only the missing one once the other arranged it.
/// </summary>
public class TwoBranchComplianceSummaryTests
{
    [Fact]
    public async Task The_summary_names_both_branches_when_both_miss_the_themed_party_day()
    {
        await using var bot = new BotHarness();
        var (_, zhang, _, _) = TwoBranchScript.Start(bot);
        var summary = await SummaryForZhangAsync(bot, zhang);

        Assert.Contains("2个支部还有规定的会议没有召开或安排", summary, StringComparison.Ordinal);
        Assert.Contains("\n· 主题党日：机关第一党支部、第二党支部\n", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_names_only_the_branch_still_missing_once_the_other_arranged_it()
    {
        await using var bot = new BotHarness();
        var (_, zhang, li, _) = TwoBranchScript.Start(bot);
        li.Send("安排 主题党日 后天下午3点 二楼会议室").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
        var summary = await SummaryForZhangAsync(bot, zhang);

        Assert.Contains("1个支部还有规定的会议没有召开或安排", summary, StringComparison.Ordinal);
        Assert.Contains("\n· 主题党日：机关第一党支部\n", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("第二党支部", summary, StringComparison.Ordinal);
    }

    /// <summary>Makes 张三 the 组织委员, runs the summary once and returns the one summary 张三 received.</summary>
    private static async Task<string> SummaryForZhangAsync(BotHarness bot, ConversationScript zhang)
    {
        await OrgRoles.GrantAsync(bot.Services, (await OrgRoles.MemberOnAsync(bot.Services, zhang.UserId)).Id, OrgRoleKind.OrganisationCommittee);
        bot.DeliverOutbox();
        bot.Channel.TakeFor(zhang.ConversationId);

        Assert.Equal(1, await bot.Services.GetRequiredService<ComplianceSummary>().RunAsync(CancellationToken.None));
        bot.DeliverOutbox();
        var received = bot.Channel.TakeFor(zhang.ConversationId).Select(a => a.Text ?? string.Empty).ToList();
        return Assert.Single(received, t => t.StartsWith("【各支部三会一课汇总】2026年11月", StringComparison.Ordinal));
    }
}
