using BranchBot.BrowserTests.Support;
using BranchBot.Core.Membership;
using BranchBot.Core.PartyDevelopment;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BranchBot.BrowserTests.Console;

/// <summary>The 发展党员 page on a 390 px phone: stages stacked, every card inside the screen and readable, overdue red.</summary>
public sealed partial class ConsoleBrowserTests
{
    private const float MinimumReadableFontPixels = 12;

    [SkippableFact]
    public async Task On_a_phone_the_party_development_cards_fit_the_screen_and_the_overdue_one_is_red()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer(new Dictionary<string, string> { ["Setup:Code"] = SetupCode }, realBot: true);
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = PhoneWidth, Height = 844 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        var link = await LinkFromChatAsync(page, server);
        var secretary = (await server.Services.GetRequiredService<IMembershipStore>().ListMembersAsync(CancellationToken.None)).Single();
        var development = server.Services.GetRequiredService<DevelopmentService>();
        var today = development.Today;

        // 钱七's talk was due a month after the application and is overdue; 孙八 applied three days ago.
        await development.ApplyAsync(secretary, "钱七", today.AddMonths(-2), null, CancellationToken.None);
        await development.ApplyAsync(secretary, "孙八", today.AddDays(-3), "本人递交，字迹清楚，附个人简历和思想汇报各一份", CancellationToken.None);
        await development.ApplyAsync(secretary, "欧阳慕容长名", today.AddDays(-20), null, CancellationToken.None);
        await development.RecordAsync(secretary, "欧阳慕容长名", new StepEntry(DevelopmentStepKind.ApplicationTalk, today.AddDays(-10)), CancellationToken.None);

        await page.GotoAsync(link);
        await page.Locator("#enter").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("总览", new() { Timeout = Timeout });
        await page.GotoAsync(new Uri(server.BaseAddress, "/console/party-development").ToString());
        await Expect(page.Locator(".problem")).ToContainTextAsync("有 1 人存在逾期事项", new() { Timeout = Timeout });

        Assert.True(await PageWidthAsync(page) <= PhoneWidth, $"The 发展党员 page is {await PageWidthAsync(page)} px wide on a {PhoneWidth} px screen.");
        var cards = page.Locator(".person-card");
        Assert.Equal(3, await cards.CountAsync());
        foreach (var card in await cards.AllAsync())
        {
            await Expect(card).ToBeVisibleAsync();
            var box = (await card.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= PhoneWidth, $"A card spans {box.X}–{box.X + box.Width} px on a {PhoneWidth} px screen.");
            var font = await card.EvaluateAsync<float>("c => parseFloat(getComputedStyle(c).fontSize)");
            Assert.True(font >= MinimumReadableFontPixels, $"A card's text is {font} px.");
            Assert.False(await card.EvaluateAsync<bool>("c => c.scrollWidth > c.clientWidth"), "A card's text is cut off at its right edge.");
        }

        var overdue = page.Locator(".person-card.overdue");
        await Expect(overdue).ToHaveCountAsync(1);
        await Expect(overdue).ToContainTextAsync("钱七");
        await Expect(overdue).ToContainTextAsync("逾期：收到申请书一个月内谈话");
        Assert.Equal("rgb(253, 231, 231)", await overdue.EvaluateAsync<string>("c => getComputedStyle(c).backgroundColor"));
        Assert.Equal("rgb(255, 255, 255)", await page.Locator(".person-card", new() { HasText = "孙八" }).EvaluateAsync<string>("c => getComputedStyle(c).backgroundColor"));
        await Screenshot(page, "phone-party-development");

        await overdue.ClickAsync();
        await Expect(page.Locator("#due li.overdue")).ToContainTextAsync("已逾期：收到申请书一个月内谈话", new() { Timeout = Timeout });
        Assert.True(await PageWidthAsync(page) <= PhoneWidth, $"钱七's file is {await PageWidthAsync(page)} px wide on a {PhoneWidth} px screen.");
    }

    private static Task<int> PageWidthAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
}
