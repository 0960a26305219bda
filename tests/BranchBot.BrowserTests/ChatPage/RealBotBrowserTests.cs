using BranchBot.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BranchBot.BrowserTests.ChatPage;

/// <summary>A newcomer's first minutes, as the README promises: open the page, set the branch up, use the buttons.</summary>
public sealed class RealBotBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const float Timeout = 15_000;
    private const string SetupCode = "BROWSER2";

    [SkippableFact]
    public async Task A_secretary_sets_the_branch_up_from_the_chat_page_and_uses_the_help_buttons()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer(new Dictionary<string, string> { ["Setup:Code"] = SetupCode }, realBot: true);
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseAddress.ToString());

        var bot = page.Locator(".row.bot:not(.typing) .bubble");
        await Expect(bot.Last).ToContainTextAsync("本支部还没有初始化", new() { Timeout = Timeout });

        await Say(page, $"初始化 {SetupCode} 机关第一党支部");
        await Expect(bot.Last).ToContainTextAsync("请输入你的姓名", new() { Timeout = Timeout });
        await Say(page, "王建国");
        await Expect(bot.Last).ToContainTextAsync("你已成为「机关第一党支部」的支部书记", new() { Timeout = Timeout });

        await Say(page, "帮助");
        await Expect(bot.Last).ToContainTextAsync("我可以帮你", new() { Timeout = Timeout });
        await page.Locator("#suggestions button", new() { HasText = "帮助 成员" }).ClickAsync();
        await Expect(bot.Last).ToContainTextAsync("【成员与支部】", new() { Timeout = Timeout });
        await page.Locator("#suggestions button", new() { HasText = "我的信息" }).ClickAsync();
        await Expect(bot.Last).ToContainTextAsync("角色：书记", new() { Timeout = Timeout });

        await page.Locator("#input").FillAsync("添加党员 张三 第一党小组");
        await page.Locator("#input").PressAsync("Enter");
        await Expect(bot.Last).ToContainTextAsync("要新建「第一党小组」吗", new() { Timeout = Timeout });
        await page.Locator("#suggestions button", new() { HasText = "新建 第一党小组" }).ClickAsync();
        await Expect(bot.Last).ToContainTextAsync("邀请码：", new() { Timeout = Timeout });
        Assert.Contains("已添加党员「张三」，已新建党小组「第一党小组」", await bot.Last.InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task Say(IPage page, string text)
    {
        // The greeting can arrive on the stream before the page has finished connecting; until then the send button is
        // disabled and Enter is ignored.
        await Expect(page.Locator("#send")).ToBeEnabledAsync(new() { Timeout = Timeout });
        await page.Locator("#input").FillAsync(text);
        await page.Locator("#input").PressAsync("Enter");
    }
}
