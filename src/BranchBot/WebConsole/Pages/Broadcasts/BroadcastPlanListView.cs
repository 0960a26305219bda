using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Dialogs.Broadcasts;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Broadcasts;

/// <summary>The 定期广播 section of the 广播 page: running plans with a stop form each, then the stopped ones and why.</summary>
internal static class BroadcastPlanListView
{
    private const int ExcerptLength = 30;

    public static void Write(HtmlWriter html, IReadOnlyList<BroadcastPlanSummary> plans, string csrfToken, TimeZoneInfo zone)
    {
        html.Open("section", ("id", "plans")).Element("h2", "定期广播");
        if (plans.Count == 0)
        {
            html.Element("p", "还没有定期广播。点「写广播」，在「定期发送」一栏填写规律（如 每月5日上午9点）即可创建；也可以在聊天中发送「广播」，在「什么时候发送」一步选「定期发送」。", ("class", "muted")).Close("section");
            return;
        }

        html.Element("p", "每次发送前约一天半排成一条定时广播（见下方列表，可撤回）。停止后不再生成新的广播。", ("class", "muted"))
            .Open("table", ("id", "plan-list")).Open("tr");
        foreach (var heading in new[] { "编号", "规律", "对象", "内容", "回执", "发起人", "下次发送", "状态", "" })
        {
            html.Element("th", heading);
        }

        html.Close("tr");
        foreach (var (plan, author, audience, next) in plans)
        {
            html.Open("tr", ("id", $"plan-{ConsoleFormat.Number(plan.Number)}"), ("class", plan.IsActive ? null : "withdrawn"))
                .Element("td", "#" + ConsoleFormat.Number(plan.Number))
                .Element("td", BroadcastPlanTexts.Rhythm(plan.Recurrence))
                .Element("td", audience)
                .Element("td", BroadcastTexts.Excerpt(plan.Text, ExcerptLength))
                .Element("td", plan.RequiresAcknowledgement ? "需要" : "不需要")
                .Element("td", author)
                .Element("td", next is { } at ? ConsoleFormat.DateTime(at, zone) : "—")
                .Element("td", State(plan, zone), ("class", plan.LastProblem is not null && plan.IsActive ? "gap" : null))
                .Open("td");
            if (plan.IsActive)
            {
                html.Open("form", ("method", "post"), ("action", "/console/broadcasts/stop-plan"),
                        ("data-confirm", "停止后不再生成新的广播；已排成定时广播的一次不受影响，可另行撤回。确定停止吗？"))
                    .Csrf(csrfToken)
                    .Open("input", ("type", "hidden"), ("name", "n"), ("value", ConsoleFormat.Number(plan.Number)))
                    .Element("button", "停止", ("type", "submit"), ("class", "secondary"))
                    .Close("form");
            }

            html.Close("td").Close("tr");
        }

        html.Close("table").Close("section");
    }

    private static string State(BroadcastPlan plan, TimeZoneInfo zone) => plan switch
    {
        { StoppedAt: { } stopped, StopReason: { } reason } => $"{ConsoleFormat.DateTime(stopped, zone)} 自动停止：{reason}",
        { StoppedAt: { } stopped } => $"{ConsoleFormat.DateTime(stopped, zone)} 已停止",
        { LastProblem: { } problem } => $"进行中（{problem}）",
        _ => "进行中",
    };
}
