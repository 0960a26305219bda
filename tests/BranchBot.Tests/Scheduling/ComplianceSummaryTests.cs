using BranchBot.Core.Meetings;
using BranchBot.Core.Organisation;
using BranchBot.Core.Scheduling;
using BranchBot.Scheduling;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static BranchBot.Tests.Scheduling.SchedulerScenario;

namespace BranchBot.Tests.Scheduling;

/// <summary>
/// The 组织委员's summary of the branches still missing a required meeting: nothing before the secretaries' nudge lead
/// time (Compliance:NudgeDaysBefore, 5 days before November ends in the first test; the clock starts on Wednesday
/// 2026-11-25 10:00 in Beijing), one message at it, none again in the same process or after a restart over the
/// same database; to the 党建专员 when there is no 组织委员; nothing when every branch has its meetings.
/// </summary>
public sealed class ComplianceSummaryTests : IDisposable
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset AtLeadTime = new(2026, 11, 26, 9, 5, 0, Beijing);

    private readonly string _directory = Directory.CreateTempSubdirectory("branchbot-summary-").FullName;

    private string DatabaseFile => Path.Combine(_directory, "branchbot.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task The_organisation_committee_member_gets_one_summary_at_the_lead_time_and_none_after_a_restart()
    {
        await using (var bot = new SchedulerBot(DatabaseFile, FiveDaysBefore))
        {
            var (secretary, zhang, _) = Branch(bot);
            Take(bot, secretary);
            Take(bot, zhang);
            await OrgRoles.GrantAsync(bot.Services, (await bot.MemberAsync("zhang")).Id, OrgRoleKind.OrganisationCommittee);
            var summary = bot.Services.GetRequiredService<ComplianceSummary>();

            Assert.Equal(0, await summary.RunAsync(CancellationToken.None));
            Assert.Empty(Take(bot, zhang));

            bot.Bot.Clock.SetUtcNow(AtLeadTime);
            Assert.Equal(1, await summary.RunAsync(CancellationToken.None));
            var message = Assert.Single(Take(bot, zhang));
            Assert.Equal(
                "【各支部三会一课汇总】2026年11月还有5天结束，1个支部还有规定的会议没有召开或安排：" +
                "\n· 党小组会：机关第一党支部（第一党小组、第二党小组）" +
                "\n· 主题党日：机关第一党支部" +
                "\n各支部书记已收到同样的提醒。发送「各支部情况」或在控制台「各支部」页查看详情。",
                message);
            Assert.Empty(Take(bot, secretary));
            Assert.True(await bot.Services.GetRequiredService<ISentMarkerStore>().IsMarkedAsync(
                $"compliance-summary:{await RootIdAsync(bot)}:Month:2026-11", CancellationToken.None));

            bot.Bot.Clock.Advance(TimeSpan.FromHours(6));
            Assert.Equal(0, await summary.RunAsync(CancellationToken.None));
            Assert.Empty(Take(bot, zhang));
        }

        await using var restarted = new SchedulerBot(DatabaseFile, FiveDaysBefore, startAt: AtLeadTime.AddDays(1));
        Assert.Equal(0, await restarted.Services.GetRequiredService<ComplianceSummary>().RunAsync(CancellationToken.None));
        restarted.Bot.DeliverOutbox();
        Assert.DoesNotContain(restarted.Bot.Channel.Pending, a => a.Text?.Contains("各支部三会一课汇总", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Without_an_organisation_committee_member_the_party_affairs_officer_gets_it_after_the_secretaries_nudges()
    {
        await using var bot = new SchedulerBot();
        var (secretary, zhang, _) = Branch(bot);
        Take(bot, secretary);
        Take(bot, zhang);

        await bot.Services.GetRequiredService<DailyDuties>().SendDueNudgesAsync(CancellationToken.None);
        Assert.Equal(1, await bot.Services.GetRequiredService<ComplianceSummary>().RunAsync(CancellationToken.None));

        var received = Take(bot, secretary);
        Assert.Contains(received, m => m.StartsWith("【三会一课提醒】2026年11月主题党日", StringComparison.Ordinal));
        Assert.Single(received, m => m.StartsWith("【各支部三会一课汇总】2026年11月", StringComparison.Ordinal));
        Assert.Empty(Take(bot, zhang));
    }

    [Fact]
    public async Task Nothing_goes_out_while_every_branch_has_its_meetings_held_or_arranged()
    {
        await using var bot = new SchedulerBot();
        var (secretary, zhang, _) = Branch(bot);
        await OrgRoles.GrantAsync(bot.Services, (await bot.MemberAsync("zhang")).Id, OrgRoleKind.OrganisationCommittee);
        await bot.ArrangeAsync(new MeetingDraft { Kind = MeetingKind.ThemedPartyDay, StartsAt = MeetingStart });
        await bot.ArrangeAsync(GroupMeeting("第一党小组"));
        await bot.ArrangeAsync(GroupMeeting("第二党小组"));
        Take(bot, zhang);
        Take(bot, secretary);

        Assert.Equal(0, await bot.Services.GetRequiredService<ComplianceSummary>().RunAsync(CancellationToken.None));

        Assert.Empty(Take(bot, zhang));
        Assert.Empty(Take(bot, secretary));
        Assert.False(await bot.Services.GetRequiredService<ISentMarkerStore>().IsMarkedAsync(
            $"compliance-summary:{await RootIdAsync(bot)}:Month:2026-11", CancellationToken.None));
    }

    private static void FiveDaysBefore(IServiceCollection services) =>
        services.Configure<ComplianceOptions>(options => options.NudgeDaysBefore = 5);

    private static async Task<string> RootIdAsync(SchedulerBot bot) =>
        (await bot.Services.GetRequiredService<IOrganisationStore>().ListUnitsAsync(CancellationToken.None)).Single(u => u.IsRoot).Id;
}
