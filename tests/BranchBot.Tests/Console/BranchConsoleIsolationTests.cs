using System.Net;
using BranchBot.Core.Meetings;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>
/// The console of a second branch: its 书记 gets a link in chat and runs the branch as the first branch's 书记 does,
/// seeing only their branch on every page; a forged id of the other branch's record is not found; writes and the
/// 操作日志 land in their branch.
/// </summary>
public class BranchConsoleIsolationTests
{
    private static readonly string[] BranchPages =
        ["/console", "/console/meetings", "/console/ledger", "/console/talks", "/console/broadcasts", "/console/members", "/console/knowledge", "/console/audit",
         "/console/dues", "/console/party-development"];

    [Fact]
    public async Task A_second_branchs_secretary_gets_a_link_in_chat_and_sees_only_their_branch_on_every_page()
    {
        await using var app = new BranchBotApplication();
        var two = await TwoBranches.SetUpAsync(app);
        var chat = app.CreateClient();
        var reply = await chat.SayAsync(app, "控制台", "li");
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(reply, @"https?://\S+/console/login\?token=\S+").Value).PathAndQuery;
        var client = app.Browser();
        using var used = await client.UseLinkAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);

        var seen = new List<string>();
        foreach (var path in BranchPages)
        {
            var (status, page) = await client.GetPageAsync(path);
            Assert.True(status == HttpStatusCode.OK, $"{path} answered {(int)status}");
            seen.Add(page);
        }

        var all = string.Join('\n', seen);
        Assert.Contains("李书记（书记）", all, StringComparison.Ordinal);
        Assert.Contains("社区志愿服务", all, StringComparison.Ordinal);
        Assert.Contains(TwoBranches.TalkB, all, StringComparison.Ordinal);
        Assert.Contains(TwoBranches.BroadcastB, all, StringComparison.Ordinal);
        Assert.Contains("赵六", all, StringComparison.Ordinal);
        foreach (var other in new[] { "王书记", "张三", "参观红色教育基地", TwoBranches.TalkA, TwoBranches.BroadcastA, "机关第一党支部" })
        {
            Assert.DoesNotContain(other, all, StringComparison.Ordinal);
        }

        var auditB = await app.BranchServices(two.BranchB).GetRequiredService<IConsoleAuditStore>().ListAsync(50, CancellationToken.None);
        Assert.Contains(auditB, e => e.Action == "登录" && e.MemberId == two.Li.Id);
        var auditA = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(50, CancellationToken.None);
        Assert.DoesNotContain(auditA, e => e.MemberId == two.Li.Id);
    }

    [Fact]
    public async Task The_first_branchs_secretary_sees_none_of_the_second_branch_on_its_pages()
    {
        await using var app = new BranchBotApplication();
        var two = await TwoBranches.SetUpAsync(app);
        using var client = await app.SignedInAsync(two.Wang);

        var seen = new List<string>();
        foreach (var path in BranchPages)
        {
            var (status, page) = await client.GetPageAsync(path);
            Assert.True(status == HttpStatusCode.OK, $"{path} answered {(int)status}");
            seen.Add(page);
        }

        var all = string.Join('\n', seen);
        Assert.Contains("参观红色教育基地", all, StringComparison.Ordinal);
        Assert.Contains(TwoBranches.TalkA, all, StringComparison.Ordinal);
        foreach (var other in new[] { "李书记", "赵六", "社区志愿服务", TwoBranches.TalkB, TwoBranches.BroadcastB })
        {
            Assert.DoesNotContain(other, all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_forged_id_of_the_other_branchs_meeting_or_broadcast_is_not_found_and_changes_nothing()
    {
        await using var app = new BranchBotApplication();
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.FromHours(8)));
        var two = await TwoBranches.SetUpAsync(app);
        using var client = await app.SignedInAsync(two.Li);

        var (detailStatus, detail) = await client.GetPageAsync($"/console/meetings/detail?id={two.MeetingA.Id}");
        Assert.Equal(HttpStatusCode.NotFound, detailStatus);
        Assert.DoesNotContain("参观红色教育基地", detail, StringComparison.Ordinal);

        using var forged = await client.PostFormAsync(
            $"/console/meetings/detail?id={two.MeetingB.Id}", "/console/meetings/minutes", ("id", two.MeetingA.Id), ("minutes", "伪造的记录"));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Null((await app.Services.GetRequiredService<IMeetingStore>().GetAsync(two.MeetingA.Id, CancellationToken.None))!.Minutes);

        using var own = await client.PostFormAsync(
            $"/console/meetings/detail?id={two.MeetingB.Id}", "/console/meetings/minutes", ("id", two.MeetingB.Id), ("minutes", "学习了志愿服务条例"));
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        var saved = await app.BranchServices(two.BranchB).GetRequiredService<IMeetingStore>().GetAsync(two.MeetingB.Id, CancellationToken.None);
        Assert.Equal("学习了志愿服务条例", saved!.Minutes);

        // Broadcast numbers are per branch: B's 广播1 is B's own, never A's.
        var (broadcastStatus, broadcast) = await client.GetPageAsync("/console/broadcasts/1");
        Assert.Equal(HttpStatusCode.OK, broadcastStatus);
        Assert.Contains(TwoBranches.BroadcastB, broadcast, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoBranches.BroadcastA, broadcast, StringComparison.Ordinal);
        var (missingStatus, _) = await client.GetPageAsync("/console/broadcasts/2");
        Assert.Equal(HttpStatusCode.NotFound, missingStatus);
    }

    [Fact]
    public async Task Exports_of_the_second_branch_hold_its_own_roster_and_ledger()
    {
        await using var app = new BranchBotApplication();
        var two = await TwoBranches.SetUpAsync(app);
        using var client = await app.SignedInAsync(two.Li);

        using var roster = await client.GetAsync(new Uri("/console/members/export", UriKind.Relative));
        var csv = await roster.Content.ReadAsStringAsync();
        Assert.Contains("李书记,secretary", csv, StringComparison.Ordinal);
        Assert.Contains("赵六,member", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("王书记", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", csv, StringComparison.Ordinal);

        using var ledger = await client.GetAsync(new Uri("/console/ledger/export?year=2026", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
        var auditB = await app.BranchServices(two.BranchB).GetRequiredService<IConsoleAuditStore>().ListAsync(50, CancellationToken.None);
        Assert.Contains(auditB, e => e.Action == "导出名单");
        var auditA = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(50, CancellationToken.None);
        Assert.DoesNotContain(auditA, e => e.Action == "导出名单");
    }

    [Fact]
    public void No_console_component_injects_a_service_past_the_requests_branch()
    {
        // @inject resolves from the root container, which is the first branch's: a page would show it to every branch.
        var components = typeof(BranchBot.WebConsole.ConsoleEndpoints).Assembly.GetTypes()
            .Where(t => typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(t) && t.Namespace?.StartsWith("BranchBot.WebConsole", StringComparison.Ordinal) == true)
            .ToList();
        Assert.NotEmpty(components);
        var injected = components
            .SelectMany(t => t.GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
                .Where(p => p.IsDefined(typeof(Microsoft.AspNetCore.Components.InjectAttribute), inherit: true))
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();
        Assert.Empty(injected);
    }

    [Fact]
    public async Task A_second_branchs_secretary_signs_out_and_the_logout_is_in_their_branchs_audit()
    {
        await using var app = new BranchBotApplication();
        var two = await TwoBranches.SetUpAsync(app);
        using var client = await app.SignedInAsync(two.Li);
        using var logout = await client.PostFormAsync("/console", "/console/logout");
        Assert.Equal(HttpStatusCode.OK, logout.StatusCode);

        var auditB = await app.BranchServices(two.BranchB).GetRequiredService<IConsoleAuditStore>().ListAsync(50, CancellationToken.None);
        Assert.Contains(auditB, e => e.Action == "退出" && e.MemberId == two.Li.Id);
        var (status, _) = await client.GetPageAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, status);
    }
}
