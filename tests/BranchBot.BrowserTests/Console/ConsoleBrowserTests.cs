using System.Text.RegularExpressions;
using BranchBot.BrowserTests.Support;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Talks;
using BranchBot.WebConsole.Access;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BranchBot.BrowserTests.Console;

/// <summary>
/// The secretary console in Chromium: a login link from the chat page, the pages, minutes, the Excel export, and
/// the refusals. With BRANCHBOT_CONSOLE_SCREENSHOTS=1 the test also writes docs/console/*.png.
/// </summary>
public sealed partial class ConsoleBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const float Timeout = 15_000;
    private const string SetupCode = "CONSOLE2";

    private static readonly bool SaveScreenshots = Environment.GetEnvironmentVariable("BRANCHBOT_CONSOLE_SCREENSHOTS") == "1";

    [SkippableFact]
    public async Task A_secretary_gets_a_link_in_chat_sees_a_meeting_edits_minutes_and_downloads_the_ledger()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer(new Dictionary<string, string> { ["Setup:Code"] = SetupCode }, realBot: true);
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();

        var link = await LinkFromChatAsync(page, server);
        var secretary = (await server.Services.GetRequiredService<IMembershipStore>().ListMembersAsync(CancellationToken.None)).Single();
        var meeting = await SeedBranchAsync(server, secretary);
        await SeedKnowledgeAsync(server, secretary);

        await page.GotoAsync(link);
        await Expect(page.Locator("main")).ToContainTextAsync("以「王建国」的身份进入");
        await Screenshot(page, "login");
        await page.Locator("#enter").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("总览", new() { Timeout = Timeout });
        await Expect(page.Locator("#upcoming")).ToContainTextAsync("主题党日：参观红色教育基地");
        await Expect(page.Locator("#pending-questions")).ToContainTextAsync("有 1 个问题等待答复");
        await Screenshot(page, "overview");

        await page.Locator("header nav a", new() { HasText = "会议" }).ClickAsync();
        await Expect(page.Locator("table.calendar")).ToContainTextAsync("党员大会：学习党章");
        await Screenshot(page, "meetings");
        await page.Locator("#meeting-list a", new() { HasText = "党员大会：学习党章" }).ClickAsync();
        await Expect(page.Locator("#attendance")).ToContainTextAsync("张三");
        await page.Locator("#minutes").FillAsync("一、集体学习党章总纲。\n二、张三同志谈学习体会。");
        await page.Locator("#minutes-form button").ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("会议记录已保存", new() { Timeout = Timeout });
        await Expect(page.Locator("#minutes")).ToHaveValueAsync("一、集体学习党章总纲。\n二、张三同志谈学习体会。");
        await Screenshot(page, "meeting");
        var stored = await server.Services.GetRequiredService<IMeetingStore>().GetAsync(meeting.Id, CancellationToken.None);
        Assert.Equal("一、集体学习党章总纲。\n二、张三同志谈学习体会。", stored!.Minutes);

        await page.Locator("header nav a", new() { HasText = "台账" }).ClickAsync();
        await Expect(page.Locator("#attendance-chart")).ToBeVisibleAsync();
        await Screenshot(page, "ledger");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"branchbot-ledger-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
            using var workbook = new XLWorkbook(file);
            var general = workbook.Worksheet("党员大会");
            Assert.Equal("学习党章", general.Cell(2, 2).GetString());
            Assert.Equal("一、集体学习党章总纲。\n二、张三同志谈学习体会。", general.Cell(2, 12).GetString());
            Assert.Contains(workbook.Worksheet("汇总").RowsUsed(), r => r.Cell(1).GetString() == "主题党日");
        }
        finally
        {
            File.Delete(file);
        }

        await page.Locator("header nav a", new() { HasText = "知识库" }).ClickAsync();
        await Expect(page.Locator("#pending")).ToContainTextAsync("流动党员外出务工期间怎么参加组织生活");
        await Expect(page.Locator("#entry-table")).ToContainTextAsync("替代 支部工作条例.md 中的同名条目");
        await Screenshot(page, "knowledge");
        var question = page.Locator("#pending div.question").First;
        await question.Locator("textarea[name=answer]").FillAsync("持《流动党员活动证》到流入地党组织参加组织生活，每季度向支部报告一次。");
        await question.Locator("input[name=save]").CheckAsync();
        await question.Locator("button").ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("答复", new() { Timeout = Timeout });
        await Expect(page.Locator("#answered")).ToContainTextAsync("已保存");
        var saved = await server.Services.GetRequiredService<KnowledgeEntryService>().FindAsync("流动党员外出务工期间怎么参加组织生活", CancellationToken.None);
        Assert.Equal(KnowledgeEntryOrigin.Database, saved!.Origin);

        foreach (var (title, name) in new[] { ("谈心", "talks"), ("党员", "members"), ("操作日志", "audit") })
        {
            await page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync(title);
            await Screenshot(page, name);
        }

        await Expect(page.Locator("#audit")).ToContainTextAsync("导出台账");
        await Expect(page.Locator("#audit")).ToContainTextAsync("编辑会议记录");
    }

    [SkippableFact]
    public async Task The_console_is_refused_without_a_session_with_a_used_link_and_to_a_member()
    {
        BrowserEnvironment.RequireChromium();
        await using var server = new BranchBotServer(new Dictionary<string, string> { ["Setup:Code"] = SetupCode }, realBot: true);
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var link = await LinkFromChatAsync(page, server);

        var noSession = await page.GotoAsync(new Uri(server.BaseAddress, "/console/ledger").ToString());
        Assert.Equal(401, noSession!.Status);
        await Expect(page.Locator("main")).ToContainTextAsync("请在聊天中发送「控制台」获取登录链接");
        await Screenshot(page, "signin");

        await page.GotoAsync(link);
        await page.Locator("#enter").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("总览", new() { Timeout = Timeout });

        await using var other = await chromium.Browser.NewContextAsync();
        var second = await other.NewPageAsync();
        var reused = await second.GotoAsync(link);
        Assert.Equal(403, reused!.Status);
        await Expect(second.Locator("main")).ToContainTextAsync("每个登录链接只能使用一次");

        var membership = server.Services.GetRequiredService<MembershipService>();
        var added = await membership.AddMemberAsync("张三", null, CancellationToken.None);
        var memberLink = Local(server, server.Services.GetRequiredService<ConsoleLoginLinks>().LinkFor(added.Value!.Member));
        var refused = await second.GotoAsync(memberLink);
        Assert.Equal(403, refused!.Status);
        await Expect(second.Locator("main")).ToContainTextAsync("控制台只对支部书记、副书记和支委开放");
    }

    /// <summary>Sets the branch up on the chat page and asks for 控制台; the link in the reply, pointed at this server.</summary>
    private static async Task<string> LinkFromChatAsync(IPage page, BranchBotServer server)
    {
        await page.GotoAsync(server.BaseAddress.ToString());
        var bot = page.Locator(".row.bot:not(.typing) .bubble");
        await Expect(bot.Last).ToContainTextAsync("本支部还没有初始化", new() { Timeout = Timeout });
        await Say(page, $"初始化 {SetupCode} 机关第一党支部");
        await Expect(bot.Last).ToContainTextAsync("请输入你的姓名", new() { Timeout = Timeout });
        await Say(page, "王建国");
        await Expect(bot.Last).ToContainTextAsync("支部书记", new() { Timeout = Timeout });
        await Say(page, "控制台");
        await Expect(bot.Last).ToContainTextAsync("/console/login?token=", new() { Timeout = Timeout });
        var match = LoginLink().Match(await bot.Last.InnerTextAsync());
        Assert.True(match.Success);
        return Local(server, match.Value);
    }

    /// <summary>BranchBot:PublicUrl is not this test server's random port; keep the path and the token.</summary>
    private static string Local(BranchBotServer server, string link) =>
        new Uri(server.BaseAddress, new Uri(link).PathAndQuery).ToString();

    private static async Task<Meeting> SeedBranchAsync(BranchBotServer server, Member secretary)
    {
        var services = server.Services;
        var membership = services.GetRequiredService<MembershipService>();
        var time = services.GetRequiredService<TimeProvider>();
        var now = time.GetUtcNow();
        foreach (var (name, group) in new[] { ("张三", "第一党小组"), ("李四", "第一党小组"), ("赵敏", "第二党小组") })
        {
            await membership.AddMemberAsync(name, group, CancellationToken.None);
        }

        await membership.AddMemberAsync("刘委员", "第二党小组", CancellationToken.None);
        await membership.ChangeRoleAsync("刘委员", MemberRole.Committee, secretary, CancellationToken.None);
        var store = services.GetRequiredService<IMeetingStore>();
        var held = Meeting(MeetingKind.GeneralMeeting, now.AddDays(-2), "学习党章", secretary.Id);
        await store.SaveAsync(held, CancellationToken.None);
        await store.SaveAsync(Meeting(MeetingKind.ThemedPartyDay, now.AddDays(3), "参观红色教育基地", secretary.Id), CancellationToken.None);
        await store.SaveAsync(Meeting(MeetingKind.CommitteeMeeting, now.AddDays(-40), "研究发展党员工作", secretary.Id), CancellationToken.None);
        var zhang = (await membership.FindByNameAsync("张三", CancellationToken.None))!;
        foreach (var member in new[] { secretary, zhang })
        {
            await store.SaveAttendanceAsync(new AttendanceRecord { MeetingId = held.Id, MemberId = member.Id, Status = AttendanceStatus.CheckedIn, At = held.StartsAt }, CancellationToken.None);
        }

        await services.GetRequiredService<TalkRecordService>().RecordTalkAsync(
            secretary, "刘委员", new TalkEntry("交流支部工作分工"), CancellationToken.None);
        return held;
    }

    /// <summary>A corrected file entry, a question passed to the secretary, a failed question and some feedback.</summary>
    private static async Task SeedKnowledgeAsync(BranchBotServer server, Member secretary)
    {
        var services = server.Services;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await services.GetRequiredService<KnowledgeEntryService>().SaveAsync(new KnowledgeEntryDraft(
            "一个党支部最多能有多少党员？", ["党支部人数上限是多少"], "党支部党员人数一般不超过50人；本支部已有48人，再有新党员转入时报机关党委研究分设。",
            "《中国共产党支部工作条例（试行）》第四条"), secretary, CancellationToken.None);
        var zhang = (await services.GetRequiredService<MembershipService>().FindByNameAsync("张三", CancellationToken.None))!;
        await services.GetRequiredService<PendingQuestionService>().ForwardAsync("流动党员外出务工期间怎么参加组织生活", zhang, CancellationToken.None);
        var log = services.GetRequiredService<IAnswerLogStore>();
        await log.AddAsync(new AnswerLogEntry { Question = "党员可以炒股吗", Outcome = AnswerOutcome.Uncertain, AskerId = zhang.Id, AskerName = zhang.Name, AskedAt = now.AddHours(-3) }, CancellationToken.None);
        var answer = await log.AddAsync(new AnswerLogEntry { Question = "支委会多久开一回", TopQuestion = "支委会多久召开一次？", AskerId = zhang.Id, AskerName = zhang.Name, AskedAt = now.AddHours(-2) }, CancellationToken.None);
        await log.SaveFeedbackAsync(new AnswerFeedback { AnswerLogId = answer.Id, Question = answer.Question, EntryQuestion = answer.TopQuestion, Helpful = false, MemberId = zhang.Id, MemberName = zhang.Name, At = now.AddHours(-2) }, CancellationToken.None);
    }

    private static Meeting Meeting(MeetingKind kind, DateTimeOffset startsAt, string topic, string hostId) => new()
    {
        Id = Core.Meetings.Meeting.NewId(),
        Kind = kind,
        StartsAt = startsAt,
        EndsAt = startsAt.AddHours(2),
        Audience = kind == MeetingKind.CommitteeMeeting ? MeetingAudience.Committee : MeetingAudience.Branch,
        Topic = topic,
        Place = "三楼会议室",
        HostMemberId = hostId,
        CreatedAt = startsAt.AddDays(-7),
    };

    private static async Task Say(IPage page, string text)
    {
        // The greeting can arrive on the stream before the page has finished connecting; until then the send button is
        // disabled and Enter is ignored.
        await Expect(page.Locator("#send")).ToBeEnabledAsync(new() { Timeout = Timeout });
        await page.Locator("#input").FillAsync(text);
        await page.Locator("#input").PressAsync("Enter");
    }

    private static async Task Screenshot(IPage page, string name)
    {
        if (SaveScreenshots)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.RepositoryRoot, "docs", "console", name + ".png"), FullPage = true });
        }
    }

    [GeneratedRegex(@"https?://\S+/console/login\?token=\S+")]
    private static partial Regex LoginLink();
}
