using BranchBot.BrowserTests.Support;
using BranchBot.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BranchBot.BrowserTests.ChatPage;

/// <summary>The built-in chat page in Chromium against the real app on Kestrel.</summary>
public sealed class ChatPageBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const float Timeout = 15_000;

    [SkippableFact]
    public async Task The_page_loads_with_its_chinese_title_and_the_bots_greeting()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer();
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await OpenChatAsync(context, server);

        Assert.Equal("BranchBot 党支部助手", await page.TitleAsync());
        await Expect(page.Locator("#status")).ToHaveTextAsync("在线", new() { Timeout = Timeout });
        await Expect(page.Locator("#banner")).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task Typing_and_pressing_enter_shows_the_users_bubble_and_the_bots_reply_over_the_stream()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer();
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        await GotoChatAsync(page, server);

        await SendAsync(page, "下次支部会议是什么时候");

        await Expect(UserBubbles(page).Last).ToHaveTextAsync("下次支部会议是什么时候", new() { Timeout = Timeout });
        await Expect(BotBubbles(page).Last).ToHaveTextAsync(TestBot.EchoPrefix + "下次支部会议是什么时候", new() { Timeout = Timeout });
        await Expect(page.Locator(".row.user.pending")).ToHaveCountAsync(0, new() { Timeout = Timeout });
        await Expect(page.Locator("#input")).ToHaveValueAsync(string.Empty);
        Assert.Contains(sockets, url => url.Contains("/v3/directline/conversations/", StringComparison.Ordinal) && url.Contains("/stream?t=", StringComparison.Ordinal));
        await ScreenshotAsync(page, "chat-exchange.png");
    }

    [SkippableFact]
    public async Task Shift_enter_starts_a_new_line_and_line_breaks_are_kept()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer();
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await OpenChatAsync(context, server);

        var input = page.Locator("#input");
        await input.FillAsync("第一行");
        await input.PressAsync("Shift+Enter");
        await input.PressSequentiallyAsync("第二行");
        await Expect(UserBubbles(page)).ToHaveCountAsync(0);
        await input.PressAsync("Enter");

        await Expect(BotBubbles(page).Last).ToHaveTextAsync(TestBot.EchoPrefix + "第一行\n第二行", new() { Timeout = Timeout });
        var shown = await UserBubbles(page).Last.EvaluateAsync<string>("bubble => bubble.innerText");
        Assert.Equal("第一行\n第二行", shown);
    }

    [SkippableFact]
    public async Task Escaped_markdown_shows_without_its_backslashes_and_a_plain_message_shows_as_sent()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer();
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await OpenChatAsync(context, server);

        await SendAsync(page, @"\!\[x\]\(http://evil/a.png\) \*\*急\*\* \[点我\]\(http://evil\)");
        await Expect(BotBubbles(page).Last).ToHaveTextAsync(TestBot.EchoPrefix + "![x](http://evil/a.png) **急** [点我](http://evil)", new() { Timeout = Timeout });
        await Expect(page.Locator(".bubble img, .bubble a")).ToHaveCountAsync(0);

        await SendAsync(page, TestBot.PlainRequest);
        await Expect(BotBubbles(page).Last).ToHaveTextAsync(TestBot.PlainReply, new() { Timeout = Timeout });
    }

    [SkippableFact]
    public async Task Clicking_a_suggested_action_sends_its_value()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer();
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await OpenChatAsync(context, server);
        await SendAsync(page, "你好");
        await Expect(BotBubbles(page).Last).ToHaveTextAsync(TestBot.EchoPrefix + "你好", new() { Timeout = Timeout });

        await page.Locator("#suggestions button", new() { HasText = TestBot.SuggestionOk }).ClickAsync();

        await Expect(UserBubbles(page).Last).ToHaveTextAsync(TestBot.SuggestionOk, new() { Timeout = Timeout });
        await Expect(BotBubbles(page).Last).ToHaveTextAsync(TestBot.EchoPrefix + TestBot.SuggestionOk, new() { Timeout = Timeout });
        Assert.Equal(TestBot.SuggestionOk, server.Bot.Received.Last().Text);
    }

    [SkippableFact]
    public async Task A_hero_card_shows_its_title_text_and_buttons_and_its_button_answers()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer();
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await OpenChatAsync(context, server);

        await SendAsync(page, TestBot.CardRequest);

        var card = page.Locator(".row.bot .card").Last;
        await Expect(card.Locator(".card-title")).ToHaveTextAsync(TestBot.CardTitle, new() { Timeout = Timeout });
        Assert.Equal(TestBot.CardText, await card.Locator(".card-text").EvaluateAsync<string>("text => text.innerText"));
        await card.Locator("button", new() { HasText = TestBot.CardButton }).ClickAsync();
        await Expect(UserBubbles(page).Last).ToHaveTextAsync(TestBot.CardButton, new() { Timeout = Timeout });
        await Expect(BotBubbles(page).Last).ToHaveTextAsync(TestBot.EchoPrefix + TestBot.CardButton, new() { Timeout = Timeout });
        await ScreenshotAsync(page, "chat-hero-card.png");
    }

    [SkippableFact]
    public async Task Markup_in_messages_is_shown_as_text_and_never_run()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer();
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await OpenChatAsync(context, server);
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        const string markup = "<b>粗体</b><img src=x onerror=alert(1)>";

        await SendAsync(page, markup);

        await Expect(BotBubbles(page).Last).ToHaveTextAsync(TestBot.EchoPrefix + markup, new() { Timeout = Timeout });
        await Expect(UserBubbles(page).Last).ToHaveTextAsync(markup);
        Assert.Equal(0, await page.Locator(".bubble b, .bubble img").CountAsync());
        Assert.Equal(0, dialogs);
    }

    [SkippableFact]
    public async Task A_reload_shows_the_same_conversation_again()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer();
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await OpenChatAsync(context, server);
        await SendAsync(page, "记住这句话");
        await Expect(BotBubbles(page).Last).ToHaveTextAsync(TestBot.EchoPrefix + "记住这句话", new() { Timeout = Timeout });

        await page.ReloadAsync();

        await Expect(UserBubbles(page)).ToHaveTextAsync(["记住这句话"], new() { Timeout = Timeout });
        await Expect(BotBubbles(page)).ToHaveTextAsync([TestBot.Greeting, TestBot.EchoPrefix + "记住这句话"]);
    }

    [SkippableFact]
    public async Task When_the_server_cannot_be_reached_a_chinese_error_shows_until_it_can()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer();
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/chat/session", route => route.AbortAsync());

        await page.GotoAsync(server.BaseAddress.ToString());

        await Expect(page.Locator("#banner")).ToHaveTextAsync("无法连接到服务器，正在重试…", new() { Timeout = Timeout });
        await Expect(page.Locator("#status")).ToHaveTextAsync("连接已断开");
        await page.UnrouteAllAsync();
        await Expect(BotBubbles(page).First).ToHaveTextAsync(TestBot.Greeting, new() { Timeout = Timeout });
        await Expect(page.Locator("#banner")).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task Without_a_stream_the_page_still_works_by_polling()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer(new Dictionary<string, string> { ["DirectLine:MaxStreamsPerConversation"] = "0" });
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await OpenChatAsync(context, server);

        await SendAsync(page, "轮询也行吗");

        await Expect(BotBubbles(page).Last).ToHaveTextAsync(TestBot.EchoPrefix + "轮询也行吗", new() { Timeout = Timeout });
        await Expect(page.Locator(".row.user.pending")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task The_page_fits_a_phone_screen()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer();
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 640 }, IsMobile = true, HasTouch = true });
        var page = await OpenChatAsync(context, server);

        await SendAsync(page, "手机上看起来怎么样？这是一条比较长的消息，用来检查气泡会不会把页面撑宽。");
        await Expect(BotBubbles(page).Last).ToContainTextAsync(TestBot.EchoPrefix, new() { Timeout = Timeout });
        await page.Locator("#suggestions button").First.WaitForAsync();

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        var send = await page.Locator("#send").BoundingBoxAsync();
        Assert.NotNull(send);
        Assert.True(send.X + send.Width <= 360 && send.Y + send.Height <= 640, $"send button at {send.X},{send.Y}");
        await ScreenshotAsync(page, "chat-phone.png");
    }

    private static async Task<IPage> OpenChatAsync(IBrowserContext context, BranchBotServer server)
    {
        var page = await context.NewPageAsync();
        await GotoChatAsync(page, server);
        return page;
    }

    private static async Task GotoChatAsync(IPage page, BranchBotServer server)
    {
        await page.GotoAsync(server.BaseAddress.ToString());
        await Expect(BotBubbles(page).First).ToHaveTextAsync(TestBot.Greeting, new() { Timeout = Timeout });
        // The greeting can arrive on the stream before the page has finished connecting; until then the send button is
        // disabled and Enter is ignored.
        await Expect(page.Locator("#send")).ToBeEnabledAsync(new() { Timeout = Timeout });
    }

    private static async Task SendAsync(IPage page, string text)
    {
        await page.Locator("#input").FillAsync(text);
        await page.Locator("#input").PressAsync("Enter");
    }

    private static ILocator UserBubbles(IPage page) => page.Locator(".row.user .bubble");

    private static ILocator BotBubbles(IPage page) => page.Locator(".row.bot:not(.typing) .bubble");

    private static Task ScreenshotAsync(IPage page, string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        return page.ScreenshotAsync(new() { Path = Path.Combine(directory, name), FullPage = true });
    }
}
