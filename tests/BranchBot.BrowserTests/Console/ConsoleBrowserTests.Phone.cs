using BranchBot.BrowserTests.Support;
using BranchBot.Core.Dues;
using BranchBot.Core.Membership;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BranchBot.BrowserTests.Console;

/// <summary>The console on a 390 × 844 phone screen, where it is usually opened from the link in chat.</summary>
public sealed partial class ConsoleBrowserTests
{
    private const int PhoneWidth = 390;

    [SkippableFact]
    public async Task On_a_phone_the_menu_folds_and_no_console_page_scrolls_sideways()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer(new Dictionary<string, string> { ["Setup:Code"] = SetupCode }, realBot: true);
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = PhoneWidth, Height = 844 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        var link = await LinkFromChatAsync(page, server);
        var secretary = (await server.Services.GetRequiredService<IMembershipStore>().ListMembersAsync(CancellationToken.None)).Single();
        await SeedBranchAsync(server, secretary);
        await SeedKnowledgeAsync(server, secretary);
        var dues = server.Services.GetRequiredService<DuesService>();
        await dues.SetBaseAsync(secretary, secretary, DuesStatus.Employed, 12345.67m, null, CancellationToken.None);
        await dues.RecordAsync(secretary, secretary, [dues.CurrentMonth], null, "phone", CancellationToken.None);

        await page.GotoAsync(link);
        await page.Locator("#enter").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("总览", new() { Timeout = Timeout });

        var nav = page.Locator("header nav");
        await Expect(nav).ToBeHiddenAsync();
        var menu = page.Locator("label.menu-button", new() { HasText = "菜单" });
        await menu.ClickAsync();
        await Expect(nav).ToBeVisibleAsync();
        var pages = await nav.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(pages.Length >= 6, $"The menu lists {pages.Length} pages.");
        await nav.Locator("a", new() { HasText = "台账" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("台账", new() { Timeout = Timeout });
        await Expect(nav).ToBeHiddenAsync();
        Assert.Equal("auto", await page.Locator("main table").First.EvaluateAsync<string>("t => getComputedStyle(t).overflowX"));

        foreach (var path in pages)
        {
            await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
            await Expect(page.Locator("h1")).ToBeVisibleAsync();
            var width = await page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
            Assert.True(width <= PhoneWidth, $"{path} is {width} px wide on a {PhoneWidth} px screen.");
            await Screenshot(page, "phone-" + path.Split('/').Last());
        }
    }
}
