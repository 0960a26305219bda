using BranchBot.Core.Meetings;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages;

/// <summary>台账 rows as a table; 未达标 rows are highlighted as gaps, periods before the branch's set-up greyed.</summary>
internal static class LedgerTable
{
    public static void Write(HtmlWriter html, IReadOnlyList<LedgerRow> rows, bool showKind)
    {
        if (rows.Count == 0)
        {
            html.Element("p", "没有需要统计的规定。", ("class", "muted"));
            return;
        }

        html.Open("table", ("class", "ledger")).Open("tr");
        if (showKind)
        {
            html.Element("th", "会议");
        }

        html.Element("th", "期间").Element("th", "党小组").Element("th", "应开").Element("th", "已开").Element("th", "已安排").Element("th", "状态").Close("tr");
        foreach (var row in rows)
        {
            var rowClass = row.Status switch { LedgerStatus.Missed => "gap", LedgerStatus.InProgress => "in-progress", LedgerStatus.BeforeSetup => "before-setup", _ => null };
            html.Open("tr", ("class", rowClass));
            if (showKind)
            {
                html.Element("td", row.KindName);
            }

            html.Element("td", row.Period.Label)
                .Element("td", row.GroupName ?? "—")
                .Element("td", ConsoleFormat.Number(row.Required))
                .Element("td", ConsoleFormat.Number(row.Held))
                .Element("td", ConsoleFormat.Number(row.Planned))
                .Element("td", row.StatusText)
                .Close("tr");
        }

        html.Close("table");
    }
}
