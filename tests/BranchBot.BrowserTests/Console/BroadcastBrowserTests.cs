using BranchBot.BrowserTests.Support;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.WebConsole.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BranchBot.BrowserTests.Console;

/// <summary>
/// The console's 广播 page in Chromium: write a broadcast, preview it, send it through the real delivery engine (to
/// a channel that accepts most members), follow the per-recipient status and 催收. With
/// BRANCHBOT_CONSOLE_SCREENSHOTS=1 it writes docs/console/broadcasts.png, broadcast.png and broadcast-preview.png.
/// </summary>
public sealed class BroadcastBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const float Timeout = 15_000;
    private const string SetupCode = "CONSOLE3";

    private static readonly bool SaveScreenshots = Environment.GetEnvironmentVariable("BRANCHBOT_CONSOLE_SCREENSHOTS") == "1";

    [SkippableFact]
    public async Task A_secretary_writes_previews_and_sends_a_broadcast_then_follows_who_received_and_acknowledged_it()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer(
            new Dictionary<string, string> { ["Setup:Code"] = SetupCode },
            realBot: true,
            configure: services => services.AddSingleton<IDeliveryChannel>(sp => new ScriptedDeliveryChannel(sp.GetRequiredService<IMembershipStore>(), rejected: "陈静")));
        var branch = await SeedBranchAsync(server);
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        // 催收 and 撤回 ask for confirmation; the secretary agrees.
        page.Dialog += (_, dialog) => dialog.AcceptAsync();

        var link = server.Services.GetRequiredService<ConsoleLoginLinks>().LinkFor(branch.Secretary);
        await page.GotoAsync(new Uri(server.BaseAddress, new Uri(link).PathAndQuery).ToString());
        await page.Locator("#enter").ClickAsync();
        await Expect(page.Locator("#latest-broadcast")).ToContainTextAsync("广播 #2", new() { Timeout = Timeout });

        await page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "广播", Exact = true }).ClickAsync();
        await page.Locator("#compose").ClickAsync();
        await page.Locator("#text").FillAsync("各位同志：\n本周五（11月27日）下午三点在三楼会议室召开党员大会，学习党的二十届四中全会精神。\n请准时参加，不能参加的请提前请假。");
        await page.Locator("#audience").SelectOptionAsync("branch");
        await page.Locator("#compose-form button").ClickAsync();
        await Expect(page.Locator("#recipient-count")).ToHaveTextAsync("7 人", new() { Timeout = Timeout });
        await Expect(page.Locator("#preview")).ToContainTextAsync("1 人尚未通过聊天加入：周强");
        await Screenshot(page, "broadcast-preview");

        await page.Locator("#confirm").ClickAsync();
        await Expect(page.Locator("#result")).ToContainTextAsync("广播 #3 已开始发送", new() { Timeout = Timeout });
        await WaitUntilSentAsync(server, 3);
        var service = server.Services.GetRequiredService<BroadcastService>();
        foreach (var name in new[] { "张三", "李四", "刘委员", "孙丽" })
        {
            await service.AcknowledgeAsync(branch.Members[name], 3, CancellationToken.None);
        }

        await service.ReplyAsync(branch.Members["赵敏"], 3, "我周五在外地出差，已向书记请假。", CancellationToken.None);
        await page.ReloadAsync();
        await Expect(page.Locator("#counts")).ToContainTextAsync("已送达 5/7 · 待发送 0 · 失败 1 · 无法送达 1 · 状态不明 0 · 已回执 4/7 · 回复 1");
        await Expect(page.Locator("#recipients")).ToContainTextAsync("我周五在外地出差");

        await page.Locator("#remind-form button").ClickAsync();
        await Expect(page.Locator("#result")).ToContainTextAsync("已向 3 位未回执的同志再次发送（第 1 次催收）", new() { Timeout = Timeout });
        await WaitUntilSentAsync(server, 3);
        await page.Locator("#filters a", new() { HasText = "未回执" }).ClickAsync();
        await Expect(page.Locator("#recipients tr[data-member]")).ToHaveCountAsync(3);
        await Screenshot(page, "broadcast");

        await page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "广播", Exact = true }).ClickAsync();
        await Expect(page.Locator("#broadcasts")).ToContainTextAsync("定时 ");
        await Expect(page.Locator("#broadcasts tr", new() { HasText = "#3" })).ToContainTextAsync("4/7");
        await Screenshot(page, "broadcasts");
    }

    private sealed record SeededBranch(Member Secretary, IReadOnlyDictionary<string, Member> Members);

    /// <summary>A branch of eight, two earlier broadcasts (one acknowledged by most, one scheduled for next week).</summary>
    private static async Task<SeededBranch> SeedBranchAsync(BranchBotServer server)
    {
        var services = server.Services;
        var membership = services.GetRequiredService<MembershipService>();
        await membership.PrepareSetupCodeAsync(SetupCode, CancellationToken.None);
        var secretary = (await membership.ClaimBranchAsync(SetupCode, "机关第一党支部", "王建国", new ChatAccount("webchat", "u-wang"), CancellationToken.None)).Value!;
        var members = new Dictionary<string, Member>(StringComparer.Ordinal);
        foreach (var (name, group, user) in new[]
        {
            ("张三", "第一党小组", "u-zhang"), ("李四", "第一党小组", "u-li"), ("陈静", "第一党小组", "u-chen"),
            ("赵敏", "第二党小组", "u-zhao"), ("孙丽", "第二党小组", "u-sun"), ("刘委员", "第二党小组", "u-liu"), ("周强", "第二党小组", null),
        })
        {
            var added = (await membership.AddMemberAsync(name, group, CancellationToken.None)).Value!;
            members[name] = user is null ? added.Member : (await membership.RedeemInviteAsync(added.Invite.Code, new ChatAccount("webchat", user), CancellationToken.None)).Value!;
        }

        members["刘委员"] = (await membership.ChangeRoleAsync("刘委员", MemberRole.Committee, secretary, CancellationToken.None)).Value!.Member;
        var broadcasts = services.GetRequiredService<BroadcastService>();
        await broadcasts.SendAsync(new BroadcastDraft("请各位同志于本月25日前交纳11月党费，可转账给组织委员刘委员。", BroadcastAudience.Branch, true), secretary, CancellationToken.None);
        await WaitUntilSentAsync(server, 1);
        foreach (var name in new[] { "张三", "李四", "赵敏", "孙丽", "刘委员" })
        {
            await broadcasts.AcknowledgeAsync(members[name], 1, CancellationToken.None);
        }

        var nextWeek = services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(7);
        await broadcasts.SendAsync(new BroadcastDraft("第一党小组下周三学习讨论，请提前阅读学习材料。", BroadcastAudience.Group("第一党小组"), false, nextWeek), secretary, CancellationToken.None);
        return new SeededBranch(secretary, members);
    }

    /// <summary>The background workers send in real time; waits until nothing of the broadcast is pending.</summary>
    private static async Task WaitUntilSentAsync(BranchBotServer server, int number)
    {
        var service = server.Services.GetRequiredService<BroadcastService>();
        for (var tries = 0; tries < 100; tries++)
        {
            if ((await service.GetDetailAsync(number, CancellationToken.None)).Value!.Counts.Pending == 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"广播{number} was still pending after 10 seconds.");
    }

    private static async Task Screenshot(IPage page, string name)
    {
        if (SaveScreenshots)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.RepositoryRoot, "docs", "console", name + ".png"), FullPage = true });
        }
    }

    /// <summary>A chat channel that takes every message, except for members never joined from chat and those named as rejecting.</summary>
    private sealed class ScriptedDeliveryChannel(IMembershipStore members, params string[] rejected) : IDeliveryChannel
    {
        public async Task<DeliveryAttempt> SendAsync(DeliveryItem item, CancellationToken cancellationToken)
        {
            var member = await members.GetMemberAsync(item.MemberId, cancellationToken);
            return member switch
            {
                null or { IsBound: false } => new DeliveryAttempt(DeliveryAttemptKind.Unreachable, "no chat address"),
                _ when rejected.Contains(member.Name) => new DeliveryAttempt(DeliveryAttemptKind.Rejected, "400 Bad Request"),
                _ => DeliveryAttempt.Sent,
            };
        }
    }
}
