using System.Net;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>写广播 with 定期发送: preview with the rhythm and the next time, then a single-use 确认创建定期广播.</summary>
public class BroadcastPlanComposeTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>王书记; 张三 and 李四 joined from chat in 第一党小组; 钱七 on the roster but never joined.</summary>
    private static async Task<(BranchBotApplication App, Member Secretary)> BranchAsync()
    {
        var app = BroadcastConsoleSupport.NewApp();
        var secretary = await app.ClaimedBranchAsync();
        await app.JoinedMemberAsync("张三", "zhang", "第一党小组");
        await app.JoinedMemberAsync("李四", "li", "第一党小组");
        await app.AddMemberAsync(secretary, "钱七");
        return (app, secretary);
    }

    private static BroadcastPlanService Plans(BranchBotApplication app) => app.Services.GetRequiredService<BroadcastPlanService>();

    private static async Task<IReadOnlyList<ConsoleAuditEntry>> AuditAsync(BranchBotApplication app) =>
        await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(10, CancellationToken.None);

    [Fact]
    public async Task A_recurring_broadcast_is_previewed_with_its_rhythm_and_next_time_then_created_once_and_listed()
    {
        var (app, secretary) = await BranchAsync();
        await using var _ = app;
        using var client = await app.SignedInAsync(secretary);
        var (_, compose) = await client.GetPageAsync("/console/broadcasts/compose");
        Assert.Contains("placeholder=\"每月5日上午9点\"", compose, StringComparison.Ordinal);
        (string, string)[] fields = [("text", "请按时交纳党费"), ("audience", "branch"), ("ack", "1"), ("at", string.Empty), ("rhythm", "每月5日上午9点")];

        using var preview = await client.PostFormFromPageAsync("/console/broadcasts/preview", compose, fields);

        var previewPage = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("<td id=\"rhythm-text\">每月5日 09:00</td>", previewPage, StringComparison.Ordinal);
        Assert.Contains("<td id=\"next-occurrence\">2026-12-05 09:00</td>", previewPage, StringComparison.Ordinal);
        Assert.Contains("<td id=\"recipient-count\">3 人</td>", previewPage, StringComparison.Ordinal);
        Assert.Contains("1 人尚未通过聊天加入：钱七", previewPage, StringComparison.Ordinal);
        Assert.Contains("action=\"/console/broadcasts/create-plan\"", previewPage, StringComparison.Ordinal);
        Assert.Contains("确认创建定期广播", previewPage, StringComparison.Ordinal);
        Assert.Empty(await Plans(app).ListAsync(CancellationToken.None));

        using var created = await client.PostFormFromPageAsync("/console/broadcasts/create-plan", previewPage, [.. fields, PreviewOf(previewPage)]);
        using var again = await client.PostFormFromPageAsync("/console/broadcasts/create-plan", previewPage, [.. fields, PreviewOf(previewPage)]);
        using var unpreviewed = await client.PostFormFromPageAsync("/console/broadcasts/create-plan", compose, fields);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/console/broadcasts?done=plan-created&n=1", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("这份预览已经提交过一次", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unpreviewed.StatusCode);
        Assert.Contains("请先预览，再从预览页确认创建。", await unpreviewed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var plan = Assert.Single(await Plans(app).ListAsync(CancellationToken.None)).Plan;
        Assert.Equal(new Recurrence(RecurrenceFrequency.Monthly, 5, new TimeOnly(9, 0)), plan.Recurrence);
        Assert.Equal("请按时交纳党费", plan.Text);
        Assert.True(plan.RequiresAcknowledgement);
        Assert.Equal(secretary.Id, plan.CreatedBy);
        Assert.Empty(await app.Broadcasts().ListAsync(5, CancellationToken.None));

        var (_, list) = await client.GetPageAsync(created.Headers.Location.OriginalString);
        Assert.Contains("已创建定期广播 #1：每月5日 09:00 发送给全体党员，下次 12月5日 09:00。", list, StringComparison.Ordinal);
        Assert.Contains("<td>#1</td><td>每月5日 09:00</td><td>全体党员</td><td>请按时交纳党费</td><td>需要</td><td>王书记</td><td>2026-12-05 09:00</td><td>进行中</td>", list, StringComparison.Ordinal);
        var audit = await AuditAsync(app);
        Assert.Contains(audit, e => e is { Action: "创建定期广播", Detail: "定期广播 #1：每月5日 09:00 全体党员" });
        Assert.Equal(2, audit.Count(e => e.Action == "创建定期广播（未执行）"));
    }

    [Fact]
    public async Task An_occurrence_within_a_day_and_a_half_is_scheduled_at_once_for_the_group_only()
    {
        var (app, secretary) = await BranchAsync();
        await using var _ = app;
        using var client = await app.SignedInAsync(secretary);
        var (_, compose) = await client.GetPageAsync("/console/broadcasts/compose");
        (string, string)[] fields = [("text", "小组学习"), ("audience", "group:第一党小组"), ("at", string.Empty), ("rhythm", "每月26日下午3点")];
        using var preview = await client.PostFormFromPageAsync("/console/broadcasts/preview", compose, fields);
        var previewPage = await preview.Content.ReadAsStringAsync();
        Assert.Contains("<td id=\"recipient-count\">2 人</td>", previewPage, StringComparison.Ordinal);

        using var created = await client.PostFormFromPageAsync("/console/broadcasts/create-plan", previewPage, [.. fields, PreviewOf(previewPage)]);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var broadcast = Assert.Single(await app.Broadcasts().ListAsync(5, CancellationToken.None)).Broadcast;
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 15, 0, 0, Beijing), broadcast.ScheduledAt);
        Assert.Equal("第一党小组", broadcast.AudienceLabel);
        Assert.False(broadcast.RequiresAcknowledgement);
        var (_, list) = await client.GetPageAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("已创建定期广播 #1：每月26日 15:00 发送给第一党小组，下次 11月26日 15:00。11月26日 15:00 这一次已排成定时广播，可在下方列表中撤回。", list, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(app), e => e is { Action: "创建定期广播", Detail: "定期广播 #1：每月26日 15:00 第一党小组，已排定 广播 #1" });
    }

    [Theory]
    [InlineData("每周一上午9点", "请以「每月」或「每季度」开头。")]
    [InlineData("每月5日", "没有看出几点发送。")]
    [InlineData("每月32日上午9点", "32")]
    public async Task An_unreadable_rhythm_shows_the_form_again_with_the_reason_in_chinese_and_creates_nothing(string rhythm, string reason)
    {
        var (app, secretary) = await BranchAsync();
        await using var _ = app;
        using var client = await app.SignedInAsync(secretary);
        var (_, compose) = await client.GetPageAsync("/console/broadcasts/compose");
        (string, string)[] fields = [("text", "请按时交纳党费"), ("audience", "branch"), ("at", string.Empty), ("rhythm", rhythm)];

        using var preview = await client.PostFormFromPageAsync("/console/broadcasts/preview", compose, fields);
        using var create = await client.PostFormFromPageAsync("/console/broadcasts/create-plan", compose, [.. fields, NewPreview()]);

        foreach (var response in new[] { preview, create })
        {
            var page = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("定期发送的规律没有看懂：", page, StringComparison.Ordinal);
            Assert.Contains(reason, page, StringComparison.Ordinal);
            Assert.Contains("id=\"compose-form\"", page, StringComparison.Ordinal);
            Assert.Contains($"value=\"{rhythm}\"", page, StringComparison.Ordinal);
        }

        Assert.Empty(await Plans(app).ListAsync(CancellationToken.None));
        Assert.Empty(await app.Broadcasts().ListAsync(5, CancellationToken.None));
        Assert.Contains(await AuditAsync(app), e => e.Action == "创建定期广播（未执行）" && (e.Detail ?? string.Empty).Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_time_and_a_rhythm_together_are_refused_in_chinese()
    {
        var (app, secretary) = await BranchAsync();
        await using var _ = app;
        using var client = await app.SignedInAsync(secretary);
        var (_, compose) = await client.GetPageAsync("/console/broadcasts/compose");

        using var preview = await client.PostFormFromPageAsync("/console/broadcasts/preview", compose,
            ("text", "开会"), ("audience", "branch"), ("at", "2026-11-26T09:00"), ("rhythm", "每月5日上午9点"));

        Assert.Equal(HttpStatusCode.BadRequest, preview.StatusCode);
        Assert.Contains("定时发送和定期发送只能选一种", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_without_the_csrf_token_is_forbidden_and_creates_nothing()
    {
        var (app, secretary) = await BranchAsync();
        await using var _ = app;
        using var client = await app.SignedInAsync(secretary);

        using var missing = await client.PostAsync(new Uri("/console/broadcasts/create-plan", UriKind.Relative),
            new FormUrlEncodedContent([new("text", "伪造"), new("audience", "branch"), new("rhythm", "每月5日上午9点"), new("preview", Guid.NewGuid().ToString("N"))]));
        using var wrong = await client.PostAsync(new Uri("/console/broadcasts/create-plan", UriKind.Relative),
            new FormUrlEncodedContent([new("csrf", "wrong"), new("text", "伪造"), new("audience", "branch"), new("rhythm", "每月5日上午9点"), new("preview", Guid.NewGuid().ToString("N"))]));

        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Empty(await Plans(app).ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_committee_member_demoted_after_the_preview_cannot_create_the_plan()
    {
        var (app, secretary) = await BranchAsync();
        await using var _ = app;
        var committee = await app.AddMemberAsync(secretary, "刘委员", MemberRole.Committee);
        using var client = await app.SignedInAsync(committee);
        var (_, compose) = await client.GetPageAsync("/console/broadcasts/compose");
        (string, string)[] fields = [("text", "请按时交纳党费"), ("audience", "committee"), ("at", string.Empty), ("rhythm", "每季度第一个月10日下午3点")];
        using var preview = await client.PostFormFromPageAsync("/console/broadcasts/preview", compose, fields);
        var previewPage = await preview.Content.ReadAsStringAsync();
        Assert.Contains("<td id=\"rhythm-text\">每季度第1个月10日 15:00</td>", previewPage, StringComparison.Ordinal);
        Assert.Contains("<td id=\"next-occurrence\">2027-01-10 15:00</td>", previewPage, StringComparison.Ordinal);
        var member = app.Services.GetRequiredService<MembershipService>();
        await member.ChangeRoleAsync("刘委员", MemberRole.Member, secretary, CancellationToken.None);

        using var created = await client.PostFormFromPageAsync("/console/broadcasts/create-plan", previewPage, [.. fields, PreviewOf(previewPage)]);

        Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);
        Assert.Empty(await Plans(app).ListAsync(CancellationToken.None));
    }

    private static (string Name, string Value) NewPreview() => ("preview", Guid.NewGuid().ToString("N"));

    private static (string Name, string Value) PreviewOf(string previewPage)
    {
        var match = System.Text.RegularExpressions.Regex.Match(previewPage, "name=\"preview\" value=\"([0-9a-f]{32})\"");
        Assert.True(match.Success, "the preview page carries its preview id");
        return ("preview", match.Groups[1].Value);
    }
}
