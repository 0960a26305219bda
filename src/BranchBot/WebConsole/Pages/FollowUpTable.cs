using BranchBot.Core.Membership;
using BranchBot.Core.Talks;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages;

/// <summary>Open follow-up tasks: member, hardship kinds, due date. Never the member's words.</summary>
internal static class FollowUpTable
{
    public static void Write(HtmlWriter html, Outcome<IReadOnlyList<FollowUpView>> followUps)
    {
        if (!followUps.Succeeded)
        {
            html.Element("p", followUps.Problem, ("class", "muted"));
            return;
        }

        if (followUps.Value!.Count == 0)
        {
            html.Element("p", "没有待办的走访任务。", ("class", "muted"));
            return;
        }

        html.Open("table").Open("tr").Element("th", "党员").Element("th", "情况").Element("th", "希望走访").Element("th", "截止日期").Close("tr");
        foreach (var view in followUps.Value)
        {
            html.Open("tr", ("class", view.Overdue ? "gap" : null))
                .Element("td", view.Member.Name)
                .Element("td", string.Join("、", view.Hardships.Select(h => h.Label)))
                .Element("td", view.Task.VisitWanted switch { true => "是", false => "否", _ => "未问" })
                .Element("td", ConsoleFormat.Date(view.Task.DueDate) + (view.Overdue ? "（已逾期）" : string.Empty))
                .Close("tr");
        }

        html.Close("table");
    }
}
