using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Time;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Knowledge;

/// <summary>问答反馈: the 有用/没用 clicks, the entries marked 没用 most, and recent questions that got no answer, each one click from an entry.</summary>
internal static class FeedbackView
{
    public static void Write(HtmlWriter html, KnowledgeFeedbackSummary summary, BranchClock clock)
    {
        html.Open("section", ("id", "feedback")).Element("h2", "问答反馈")
            .Element("p", $"有用 {summary.Helpful} 次，没用 {summary.NotHelpful} 次；共回答 {summary.AnsweredQuestions} 个问题，未能回答 {summary.FailedQuestions} 个。", ("id", "feedback-counts"));

        html.Element("h3", "被标为「没用」最多的问答");
        if (summary.MostNotHelpful.Count == 0)
        {
            html.Element("p", "还没有问答被标为「没用」。", ("class", "muted"));
        }
        else
        {
            html.Open("table", ("id", "not-helpful")).Open("tr").Element("th", "问答").Element("th", "没用").Element("th", "有用").Element("th", "操作").Close("tr");
            foreach (var count in summary.MostNotHelpful)
            {
                html.Open("tr").Element("td", count.EntryQuestion)
                    .Element("td", ConsoleFormat.Number(count.NotHelpful)).Element("td", ConsoleFormat.Number(count.Helpful))
                    .Open("td").Element("a", "修改", ("href", EntryLink(count.EntryQuestion))).Close("td")
                    .Close("tr");
            }

            html.Close("table");
        }

        html.Element("h3", "最近未能回答的问题");
        if (summary.RecentFailures.Count == 0)
        {
            html.Element("p", "最近没有未能回答的问题。", ("class", "muted"));
        }
        else
        {
            html.Open("table", ("id", "failures")).Open("tr").Element("th", "时间").Element("th", "提问人").Element("th", "问题").Element("th", "结果").Element("th", "操作").Close("tr");
            foreach (var failure in summary.RecentFailures)
            {
                html.Open("tr")
                    .Element("td", ConsoleFormat.DateTime(failure.AskedAt, clock.Zone))
                    .Element("td", failure.AskerName ?? "未加入的用户")
                    .Element("td", failure.Question)
                    .Element("td", failure.Outcome == AnswerOutcome.OutOfScope ? "判断为与党规无关" : "没有找到确切规定")
                    .Open("td").Element("a", "添加为问答", ("href", EntryLink(failure.Question)), ("class", "add-from-failure")).Close("td")
                    .Close("tr");
            }

            html.Close("table");
        }

        html.Close("section");
    }

    private static string EntryLink(string question) => "/console/knowledge/entry?question=" + Uri.EscapeDataString(question);
}
