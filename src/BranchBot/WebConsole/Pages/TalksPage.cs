using System.Globalization;
using BranchBot.Core.Membership;
using BranchBot.Core.Talks;
using BranchBot.Core.Time;
using BranchBot.WebConsole.Html;
using Microsoft.Extensions.Options;

namespace BranchBot.WebConsole.Pages;

/// <summary>
/// 谈心: who has talked with whom this year (a matrix of the required pairs), the open follow-up tasks and the talk
/// records. Content comes only through the talks services, which decide what this viewer may read and audit views
/// of other people's records; the page itself shows names and dates to the whole committee.
/// </summary>
public sealed class TalksPage(
    TalkCoverageService coverage, FollowUpService followUps, TalkRecordService records, IMembershipStore members, IOptions<TalkOptions> options, BranchClock clock)
    : IConsolePage
{
    public string Slug => "talks";

    public string Title => "谈心";

    public int Order => 40;

    public async Task<IResult> GetAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Action is not null)
        {
            return request.NotFound();
        }

        var year = ConsoleFormat.YearOr(request.Query("year"), clock.Now.Year);
        if (coverage.CheckYear(year) is { Succeeded: false } wrongYear)
        {
            return request.BadRequest(wrongYear.Problem!);
        }

        await request.AuditAsync("查看谈心", string.Create(CultureInfo.InvariantCulture, $"{year}年"), cancellationToken);
        var html = new HtmlWriter();
        await WriteCoverageAsync(html, year, cancellationToken);
        html.Element("h2", "待办走访");
        FollowUpTable.Write(html, await followUps.ListOpenFollowUpsAsync(request.Viewer, cancellationToken));
        await WriteRecordsAsync(html, request.Viewer, year, cancellationToken);
        return request.Html(html);
    }

    private async Task WriteCoverageAsync(HtmlWriter html, int year, CancellationToken cancellationToken)
    {
        var result = await coverage.CoverageAsync(year, cancellationToken);
        html.Element("h2", $"{year}年谈心谈话覆盖（已谈 {result.Covered} / 应谈 {result.Required}）");
        html.Open("ul");
        foreach (var type in result.Types)
        {
            html.Element("li", $"{type.Name}：已谈 {type.Covered} / 应谈 {type.Required}");
        }

        html.Close("ul");
        var active = (await members.ListMembersAsync(cancellationToken)).OrderBy(m => m, MemberOrder.Instance).ToList();
        var required = TalkCoverageService.RequiredPairs(active, options.Value.TrackMemberPairs).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var missing = result.Uncovered.Select(u => u.Pair.Key).ToHashSet(StringComparer.Ordinal);
        html.Open("table", ("id", "coverage")).Open("tr").Element("th", string.Empty);
        foreach (var column in active)
        {
            html.Element("th", column.Name);
        }

        html.Close("tr");
        foreach (var row in active)
        {
            html.Open("tr").Element("th", row.Name);
            foreach (var column in active)
            {
                var key = row.Id == column.Id ? null : TalkPair.KeyOf(row.Id, column.Id);
                var (text, cellClass) = key is null ? (string.Empty, "self")
                    : !required.Contains(key) ? (string.Empty, null)
                    : missing.Contains(key) ? ("未谈", "missing")
                    : ("✓", "covered");
                html.Element("td", text, ("class", cellClass));
            }

            html.Close("tr");
        }

        html.Close("table");
    }

    private async Task WriteRecordsAsync(HtmlWriter html, Member viewer, int year, CancellationToken cancellationToken)
    {
        html.Element("h2", "谈心记录");
        var list = await records.ListForAsync(viewer, null, cancellationToken);
        if (!list.Succeeded)
        {
            html.Element("p", list.Problem, ("class", "muted"));
            return;
        }

        var talks = list.Value!.Talks.Where(t => t.Record.Date.Year == year).OrderByDescending(t => t.Record.Date).ToList();
        html.Element("p", viewer.Role == MemberRole.Secretary ? "支部书记可以查看全部谈心记录，每次查看都记入审计日志。" : "这里只显示你本人参与的谈心记录。", ("class", "muted"));
        if (talks.Count == 0)
        {
            html.Element("p", "今年还没有可以显示的谈心记录。", ("class", "muted"));
            return;
        }

        html.Open("table", ("id", "talk-records")).Open("tr").Element("th", "日期").Element("th", "谈话人").Element("th", "谈话对象").Element("th", "形式").Element("th", "谈话要点").Element("th", "发现的问题").Element("th", "后续跟进").Close("tr");
        foreach (var talk in talks)
        {
            html.Open("tr")
                .Element("td", ConsoleFormat.Date(talk.Record.Date))
                .Element("td", talk.Author.Name)
                .Element("td", talk.Other.Name)
                .Element("td", TalkForms.ToChinese(talk.Record.Form))
                .Element("td", talk.Topics)
                .Element("td", talk.Issues ?? "—")
                .Element("td", talk.FollowUp ?? "—")
                .Close("tr");
        }

        html.Close("table");
    }
}
