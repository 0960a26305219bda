using BranchBot.Core.Time;
using BranchBot.Core.WebConsole;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages;

/// <summary>操作日志: the newest console actions, refusals included.</summary>
public sealed class AuditPage(IConsoleAuditStore store, BranchClock clock) : IConsolePage
{
    private const int Shown = 200;

    public string Slug => "audit";

    public string Title => "操作日志";

    public int Order => 900;

    public async Task<IResult> GetAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var entries = await store.ListAsync(Shown, cancellationToken);
        var html = new HtmlWriter().Element("p", $"最近{Shown}条控制台操作（登录、查看敏感页面、修改、导入导出和被拒绝的尝试），以及聊天、控制台和命令行中的角色变动。", ("class", "muted"));
        html.Open("table", ("id", "audit")).Open("tr").Element("th", "时间").Element("th", "人员").Element("th", "操作").Element("th", "对象").Element("th", "结果").Close("tr");
        foreach (var entry in entries)
        {
            html.Open("tr", ("class", entry.Allowed ? null : "gap"))
                .Element("td", ConsoleFormat.DateTime(entry.At, clock.Zone))
                .Element("td", entry.MemberName ?? "—")
                .Element("td", entry.Action)
                .Element("td", entry.Detail ?? "—")
                .Element("td", entry.Allowed ? "允许" : "拒绝")
                .Close("tr");
        }

        return request.Html(html.Close("table"));
    }
}
