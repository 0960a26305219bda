using System.Net;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Membership;
using BranchBot.Core.WebConsole;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>
/// 各支部待答 (/console/org/questions) and 各支部广播 (/console/org/broadcasts) as the 党建专员 (the 初始化 secretary):
/// counts per branch first, each open question with when it was asked and how long it has waited, oldest first,
/// never the asker or an answered one; each broadcast that went out with its recipients (the members but its author), 收到
/// and rate, a 定时 one not yet. The clock is Wednesday 2026-11-25 10:00 in Beijing.
/// </summary>
public class OrganisationQuestionsAndBroadcastsPageTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task Open_questions_are_listed_per_branch_oldest_first_with_their_waiting_time_and_no_asker()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var zhang = await app.AddMemberAsync(secretary, "张三");
        var questions = app.Services.GetRequiredService<IPendingQuestionStore>();
        await AskAsync(questions, zhang, "预备党员能参加选举吗", new DateTimeOffset(2026, 11, 23, 16, 0, 0, Beijing));
        await AskAsync(questions, zhang, "党费按什么基数交", new DateTimeOffset(2026, 11, 13, 9, 30, 0, Beijing));
        await AskAsync(questions, zhang, "已经答复的问题", new DateTimeOffset(2026, 11, 1, 9, 0, 0, Beijing), PendingQuestionState.Answered);
        using var client = await app.SignedInAsync(secretary);

        var (status, page) = await client.GetPageAsync("/console/org/questions");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>各支部待答问题</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/console/org/questions\" class=\"current\">各支部待答</a>", page, StringComparison.Ordinal);
        Assert.Contains("共 2 个待答问题，1 个支部有待答（共 1 个支部）。", page, StringComparison.Ordinal);
        Assert.Matches("<td><a href=\"#branch-[^\"]+\">机关第一党支部</a></td><td>2</td><td>2026-11-13 09:30</td><td>已等12天</td>", page);
        var older = page.IndexOf("<td>党费按什么基数交</td><td>2026-11-13 09:30</td><td>已等12天</td>", StringComparison.Ordinal);
        var newer = page.IndexOf("<td>预备党员能参加选举吗</td><td>2026-11-23 16:00</td><td>已等2天</td>", StringComparison.Ordinal);
        Assert.True(older > 0 && newer > older, "The oldest question comes first.");
        Assert.DoesNotContain("已经答复的问题", page, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", page, StringComparison.Ordinal);

        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(10, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "查看各支部待答问题" && e.MemberId == secretary.Id && e.Allowed);
    }

    [Fact]
    public async Task Without_open_questions_the_page_says_so()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);

        var (status, page) = await client.GetPageAsync("/console/org/questions");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("共 1 个支部，都没有待答的问题。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_broadcast_that_went_out_shows_its_recipients_receipts_and_rate()
    {
        await using var app = BroadcastConsoleSupport.NewApp();
        var secretary = await app.ClaimedBranchAsync();
        var zhang = await app.AddMemberAsync(secretary, "张三");
        await app.AddMemberAsync(secretary, "李四");
        var asked = await app.SendAsync(secretary, "请于周五前提交学习心得");
        var told = await app.SendAsync(secretary, "本周五下午停电", acknowledgement: false);
        await app.SendAsync(secretary, "下周一的定时通知", at: new DateTimeOffset(2026, 11, 30, 9, 0, 0, Beijing));
        var store = app.Services.GetRequiredService<IBroadcastStore>();
        Assert.True(await store.TryAddAcknowledgementAsync(new BroadcastAcknowledgement(asked.Number, zhang.Id, app.Clock.GetUtcNow()), CancellationToken.None));
        using var client = await app.SignedInAsync(secretary);

        var (status, page) = await client.GetPageAsync("/console/org/broadcasts");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>各支部广播回执</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<h2>机关第一党支部</h2>", page, StringComparison.Ordinal);
        var first = RowOf(page, asked.Number);
        Assert.Contains("<td>请于周五前提交学习心得</td>", first, StringComparison.Ordinal);
        Assert.Contains("<td>全体党员</td>", first, StringComparison.Ordinal);
        Assert.Equal(2, asked.RecipientIds.Count);
        Assert.Contains("<td>2</td><td>1</td>", first, StringComparison.Ordinal);
        Assert.Contains(">50%</td>", first, StringComparison.Ordinal);
        var second = RowOf(page, told.Number);
        Assert.Contains("<td class=\"muted\">不需回执</td>", second, StringComparison.Ordinal);
        Assert.True(page.IndexOf(second, StringComparison.Ordinal) < page.IndexOf(first, StringComparison.Ordinal), "Newest first.");
        Assert.DoesNotContain("下周一的定时通知", page, StringComparison.Ordinal);

        var audit = await app.Services.GetRequiredService<IConsoleAuditStore>().ListAsync(10, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "查看各支部广播回执" && e.MemberId == secretary.Id && e.Allowed);
    }

    private static async Task AskAsync(IPendingQuestionStore store, Member asker, string question, DateTimeOffset at, PendingQuestionState state = PendingQuestionState.Open) =>
        await store.AddAsync(new PendingQuestion { Question = question, AskerId = asker.Id, AskerName = asker.Name, AskedAt = at, State = state }, CancellationToken.None);

    /// <summary>The table row of broadcast #<paramref name="number"/>.</summary>
    private static string RowOf(string page, int number)
    {
        var start = page.IndexOf($"<td>#{number}</td>", StringComparison.Ordinal);
        Assert.True(start > 0, $"No row for #{number}.");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
