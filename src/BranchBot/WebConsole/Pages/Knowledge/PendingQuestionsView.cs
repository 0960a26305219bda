using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Time;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Knowledge;

/// <summary>
/// 待答问题: each open question with its answer form (the answer goes to the asker; 同时保存到问答库 saves it as an entry
/// in the same step), then the answered ones, newest first.
/// </summary>
internal static class PendingQuestionsView
{
    private const int HistoryShown = 30;

    public static void Write(HtmlWriter html, string csrfToken, IReadOnlyList<PendingQuestion> questions, AnswerAttempt? attempt, BranchClock clock)
    {
        var open = questions.Where(q => q.IsOpen).ToList();
        html.Open("section", ("id", "pending")).Element("h2", $"待答问题（{open.Count}）");
        if (open.Count == 0)
        {
            html.Element("p", "没有待答的问题。", ("class", "muted"));
        }

        foreach (var question in open)
        {
            WriteOpen(html, csrfToken, question, attempt?.Number == question.Number ? attempt : null, clock);
        }

        var answered = questions.Where(q => !q.IsOpen).Take(HistoryShown).ToList();
        if (answered.Count > 0)
        {
            WriteHistory(html, csrfToken, answered, attempt, clock);
        }

        html.Close("section");
    }

    private static void WriteOpen(HtmlWriter html, string csrfToken, PendingQuestion question, AnswerAttempt? attempt, BranchClock clock)
    {
        var id = "question-" + ConsoleFormat.Number(question.Number);
        html.Open("div", ("class", "question"), ("id", id))
            .Open("p", ("class", "asked"))
            .Element("span", $"第 {question.Number} 个", ("class", "muted"))
            .Text($" {question.AskerName} · {ConsoleFormat.DateTime(question.AskedAt, clock.Zone)}")
            .Close("p")
            .Element("p", question.Question, ("class", "question-text"))
            .Open("form", ("method", "post"), ("action", "/console/knowledge/answer"), ("class", "stacked answer-form"))
            .Csrf(csrfToken)
            .Open("input", ("type", "hidden"), ("name", "number"), ("value", ConsoleFormat.Number(question.Number)));
        if (attempt?.Problem is { } problem)
        {
            html.Element("p", problem, ("class", "problem"));
        }

        html.Open("label").Text("答复（发送给提问人）")
            .Element("textarea", attempt?.Answer, ("name", "answer"), ("class", "short"), ("required", string.Empty))
            .Close("label")
            .Open("div", ("class", "toolbar"))
            .Open("label", ("class", "check"))
            .Open("input", ("type", "checkbox"), ("name", "save"), ("value", "on"), ("checked", attempt?.SaveToKnowledgeBase == true ? string.Empty : null))
            .Text(" 同时保存到问答库")
            .Close("label")
            .Open("input", ("type", "text"), ("name", "source"), ("value", attempt?.Source), ("aria-label", "依据"),
                ("placeholder", "依据（不填则为「" + KnowledgeEntryRules.BranchAnswerSource + "」）"))
            .Element("button", "发送答复", ("type", "submit"))
            .Close("div")
            .Close("form")
            .Close("div");
    }

    private static void WriteHistory(HtmlWriter html, string csrfToken, IReadOnlyList<PendingQuestion> answered, AnswerAttempt? attempt, BranchClock clock)
    {
        html.Element("h3", "已答复")
            .Open("table", ("id", "answered"))
            .Open("tr").Element("th", "提问").Element("th", "问题").Element("th", "答复").Element("th", "答复人").Element("th", "问答库").Close("tr");
        foreach (var question in answered)
        {
            html.Open("tr")
                .Element("td", $"{question.AskerName} {ConsoleFormat.DateTime(question.AskedAt, clock.Zone)}")
                .Element("td", question.Question)
                .Element("td", question.Answer)
                .Element("td", question.AnsweredAt is { } at ? $"{question.AnsweredByName} {ConsoleFormat.DateTime(at, clock.Zone)}" : question.AnsweredByName)
                .Open("td");
            if (question.State == PendingQuestionState.Saved)
            {
                html.Element("span", "已保存", ("class", "saved"));
            }
            else
            {
                var retry = attempt?.Number == question.Number ? attempt : null;
                if (retry?.Problem is { } problem)
                {
                    html.Element("p", problem, ("class", "problem"));
                }

                html.Open("form", ("method", "post"), ("action", "/console/knowledge/save-answer"), ("class", "inline"))
                    .Csrf(csrfToken)
                    .Open("input", ("type", "hidden"), ("name", "number"), ("value", ConsoleFormat.Number(question.Number)))
                    .Open("input", ("type", "text"), ("name", "source"), ("value", retry?.Source), ("aria-label", "依据"), ("placeholder", "依据（可不填）"))
                    .Element("button", "保存到问答库", ("type", "submit"), ("class", "secondary"))
                    .Close("form");
            }

            html.Close("td").Close("tr");
        }

        html.Close("table");
    }
}
