using System.Net;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>The 定期广播 section of the console's 广播 page: each plan, and the audited stop form.</summary>
public class BroadcastPlanPageTests
{
    private static async Task<(BranchBotApplication App, Member Secretary)> BranchAsync()
    {
        var app = BroadcastConsoleSupport.NewApp();
        var secretary = await app.ClaimedBranchAsync();
        await app.JoinedMemberAsync("张三", "zhang", "第一党小组");
        return (app, secretary);
    }

    private static BroadcastPlanService Plans(BranchBotApplication app) => app.Services.GetRequiredService<BroadcastPlanService>();

    private static async Task<BroadcastPlan> PlanAsync(BranchBotApplication app, Member author, string text, int day)
    {
        var created = await Plans(app).CreateAsync(
            new BroadcastPlanDraft(text, BroadcastAudience.Branch, true, new Recurrence(RecurrenceFrequency.Monthly, day, new TimeOnly(9, 0))), author, CancellationToken.None);
        Assert.True(created.Succeeded, created.Problem?.ToString());
        return created.Value!.Plan;
    }

    private static async Task<IReadOnlyList<ConsoleAuditEntry>> AuditAsync(BranchBotApplication app) =>
        await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(5, CancellationToken.None);

    [Fact]
    public async Task The_list_shows_each_plan_and_stopping_one_is_audited_and_leaves_the_others_running()
    {
        var (app, secretary) = await BranchAsync();
        await using var _ = app;
        await PlanAsync(app, secretary, "请按时交纳党费", 5);
        await PlanAsync(app, secretary, "请报送学习材料", 10);
        using var client = await app.SignedInAsync(secretary);

        var (status, list) = await client.GetPageAsync("/console/broadcasts");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h2>定期广播</h2>", list, StringComparison.Ordinal);
        Assert.Contains(
            "<td>#1</td><td>每月5日 09:00</td><td>全体党员</td><td>请按时交纳党费</td><td>需要</td><td>王书记</td><td>2026-12-05 09:00</td><td>进行中</td>",
            list, StringComparison.Ordinal);
        Assert.Contains("<td>#2</td><td>每月10日 09:00</td>", list, StringComparison.Ordinal);
        Assert.Contains("action=\"/console/broadcasts/stop-plan\"", list, StringComparison.Ordinal);

        using var stopped = await client.PostFormFromPageAsync("/console/broadcasts/stop-plan", list, ("n", "1"));

        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        var (_, after) = await client.GetPageAsync(stopped.Headers.Location!.OriginalString);
        Assert.Contains("已停止定期广播 #1，之后不再生成新的广播", after, StringComparison.Ordinal);
        Assert.Contains("<td>#1</td><td>每月5日 09:00</td><td>全体党员</td><td>请按时交纳党费</td><td>需要</td><td>王书记</td><td>—</td><td>2026-11-25 10:00 已停止</td><td></td>", after, StringComparison.Ordinal);
        Assert.Contains("<td>2026-12-10 09:00</td><td>进行中</td><td><form", after, StringComparison.Ordinal);
        var plans = await Plans(app).ListAsync(CancellationToken.None);
        Assert.Equal([2], plans.Where(p => p.Plan.IsActive).Select(p => p.Plan.Number));
        Assert.Contains(await AuditAsync(app), e => e is { Action: "停止定期广播", Detail: "定期广播 #1：每月5日 09:00 全体党员" });
    }

    [Fact]
    public async Task A_stop_without_the_csrf_token_or_by_a_committee_member_who_is_not_the_author_changes_nothing()
    {
        var (app, secretary) = await BranchAsync();
        await using var _ = app;
        await PlanAsync(app, secretary, "请按时交纳党费", 5);
        var committee = await app.AddMemberAsync(secretary, "刘委员", MemberRole.Committee);

        using var forger = await app.SignedInAsync(secretary);
        using var forged = await forger.PostAsync(new Uri("/console/broadcasts/stop-plan", UriKind.Relative),
            new FormUrlEncodedContent([new("csrf", "wrong"), new("n", "1")]));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);

        using var client = await app.SignedInAsync(committee);
        var (_, list) = await client.GetPageAsync("/console/broadcasts");
        using var refused = await client.PostFormFromPageAsync("/console/broadcasts/stop-plan", list, ("n", "1"));
        using var missing = await client.PostFormFromPageAsync("/console/broadcasts/stop-plan", list, ("n", "x"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("只有发起人、书记和副书记可以停止这项定期广播。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True(Assert.Single(await Plans(app).ListAsync(CancellationToken.None)).Plan.IsActive);
        Assert.Contains(await AuditAsync(app), e => e is { Action: "停止定期广播（未执行）" });
    }
}
