using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Time;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Overview;

/// <summary>Questions members passed to the secretary that wait for an answer (the newest few), and this month's 没用 clicks.</summary>
public sealed class PendingQuestionsSection(PendingQuestionService questions, IAnswerLogStore answerLog, BranchClock clock) : IOverviewSection
{
    private const int Shown = 3;

    public int Order => 40;

    public async Task WriteAsync(ConsoleRequest request, HtmlWriter html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        var open = await questions.ListAsync(openOnly: true, cancellationToken);
        var now = clock.Now;
        var month = CompliancePeriods.Month(now.Year, now.Month, clock.Zone);
        var notHelpful = (await answerLog.ListFeedbackAsync(cancellationToken)).Count(f => !f.Helpful && month.Contains(f.At));

        html.Open("section", ("id", "pending-questions")).Element("h2", "待答问题")
            .Open("p").Element("strong", open.Count == 0 ? "没有待答的问题。" : $"有 {open.Count} 个问题等待答复。")
            .Text($" 本月回答被标为「没用」{notHelpful} 次。")
            .Close("p");
        if (open.Count > 0)
        {
            html.Open("ul");
            foreach (var question in open.OrderByDescending(q => q.AskedAt).Take(Shown))
            {
                html.Open("li").Text($"{ConsoleFormat.DateTime(question.AskedAt, clock.Zone)} {question.AskerName}：").Element("span", question.Question).Close("li");
            }

            html.Close("ul");
        }

        html.Element("a", open.Count > 0 ? "去答复" : "查看知识库", ("href", "/console/knowledge#pending"), ("class", "button secondary")).Close("section");
    }
}
