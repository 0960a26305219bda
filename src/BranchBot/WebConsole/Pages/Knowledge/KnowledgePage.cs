using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Time;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Knowledge;

/// <summary>
/// 知识库: questions waiting for the secretary (answer, and save as an entry in the same step), the feedback on
/// answers, and the entries in use (files and database) with add, edit and delete. Every write goes through the
/// same services as the chat commands, is audited, and ends in a redirect; a refused form comes back with its
/// problem and the typed values (400).
/// </summary>
public sealed class KnowledgePage(
    KnowledgeEntryService entries,
    PendingQuestionService questions,
    KnowledgeFeedbackService feedback,
    KnowledgeBase knowledge,
    BranchClock clock) : IConsolePage
{
    private const string Home = "/console/knowledge";

    public string Slug => "knowledge";

    public string Title => "知识库";

    public int Order => 70;

    public Task<IResult> GetAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Action switch
        {
            null => ShowAsync(request, problem: null, attempt: null, StatusCodes.Status200OK, cancellationToken),
            "entry" => EntryAsync(request, cancellationToken),
            _ => Task.FromResult(request.NotFound()),
        };
    }

    public async Task<IResult> PostAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = await request.Http.Request.ReadFormAsync(cancellationToken);
        return request.Action switch
        {
            "save" => await SaveAsync(request, EntryFormValues.Read(form), cancellationToken),
            "delete" => await DeleteAsync(request, form["question"].FirstOrDefault() ?? string.Empty, cancellationToken),
            "answer" => await AnswerAsync(request, AnswerAttempt.Read(form), cancellationToken),
            "save-answer" => await SaveAnswerAsync(request, AnswerAttempt.Read(form), cancellationToken),
            _ => request.NotFound(),
        };
    }

    private async Task<IResult> ShowAsync(ConsoleRequest request, string? problem, AnswerAttempt? attempt, int status, CancellationToken cancellationToken)
    {
        await request.AuditAsync("查看知识库", null, cancellationToken);
        var html = new HtmlWriter();
        if (problem is not null)
        {
            html.Element("p", problem, ("class", "problem"), ("id", "page-problem"));
        }
        else if (KnowledgeDoneMessages.Text(request.Query("done")) is { } done)
        {
            html.Element("p", done, ("class", "notice"));
        }

        PendingQuestionsView.Write(html, request.CsrfToken, await questions.ListAsync(openOnly: false, cancellationToken), attempt, clock);
        FeedbackView.Write(html, await feedback.SummarizeAsync(topEntries: 10, recentFailures: 15, cancellationToken), clock);
        EntryList.Write(html, request.CsrfToken, await entries.ListAsync(cancellationToken), knowledge.FileEntries, EntryListQuery.Read(request), clock);
        return request.Html(html, status);
    }

    private async Task<IResult> EntryAsync(ConsoleRequest request, CancellationToken cancellationToken)
    {
        var question = request.Query("question")?.Trim() ?? string.Empty;
        var existing = question.Length == 0 ? null : await entries.FindAsync(question, cancellationToken);
        var values = existing is not null ? EntryFormValues.From(existing) : EntryFormValues.Empty with { Question = question };
        return EntryPage(request, values, existing, problem: null, StatusCodes.Status200OK);
    }

    private static IResult EntryPage(ConsoleRequest request, EntryFormValues values, KnowledgeEntryView? editing, string? problem, int status)
    {
        var html = new HtmlWriter().Open("section", ("id", "entry"));
        EntryForm.Write(html, request.CsrfToken, values, editing, problem);
        return request.Html(html.Close("section"), status);
    }

    private async Task<IResult> SaveAsync(ConsoleRequest request, EntryFormValues values, CancellationToken cancellationToken)
    {
        var original = values.IsEdit ? await entries.FindAsync(values.Original, cancellationToken) : null;
        var saved = await entries.SaveAsync(values.ToDraft(), request.Viewer, cancellationToken);
        if (!saved.Succeeded)
        {
            return EntryPage(request, values, original, saved.Problem, StatusCodes.Status400BadRequest);
        }

        var entry = saved.Value!.Entry;
        // Renaming a database entry replaces it: the old question would otherwise keep answering with the old text.
        if (original is { Origin: KnowledgeEntryOrigin.Database } && KnowledgeEntries.Key(original.Question) != KnowledgeEntries.Key(entry.Question))
        {
            await entries.DeleteAsync(original.Question, request.Viewer, cancellationToken);
        }

        await request.AuditAsync(saved.Value.Change == KnowledgeEntryChange.Added ? "添加问答" : "修改问答", entry.Question, cancellationToken);
        var done = saved.Value.Change switch
        {
            KnowledgeEntryChange.Added => KnowledgeDoneMessages.Added,
            KnowledgeEntryChange.OverridesFileEntry => KnowledgeDoneMessages.Overrides,
            _ => KnowledgeDoneMessages.Updated,
        };
        return ConsoleRequest.Redirect($"{Home}?done={done}&search={Uri.EscapeDataString(entry.Question)}#entries");
    }

    private async Task<IResult> DeleteAsync(ConsoleRequest request, string question, CancellationToken cancellationToken)
    {
        var deleted = await entries.DeleteAsync(question, request.Viewer, cancellationToken);
        if (!deleted.Succeeded)
        {
            await request.AuditAsync("删除问答（被拒绝）", question.Trim(), cancellationToken);
            return await ShowAsync(request, deleted.Problem, attempt: null, StatusCodes.Status400BadRequest, cancellationToken);
        }

        await request.AuditAsync("删除问答", deleted.Value!.Deleted.Question, cancellationToken);
        var done = deleted.Value.RestoredFileEntry is null ? KnowledgeDoneMessages.Deleted : KnowledgeDoneMessages.Restored;
        return ConsoleRequest.Redirect($"{Home}?done={done}#entries");
    }

    private async Task<IResult> AnswerAsync(ConsoleRequest request, AnswerAttempt attempt, CancellationToken cancellationToken)
    {
        // With 同时保存到问答库 the entry is checked before anything is sent, so a refused entry sends nothing.
        if (attempt.SaveToKnowledgeBase && await EntryProblemAsync(attempt, cancellationToken) is { } entryProblem)
        {
            return await ShowAsync(request, problem: null, attempt with { Problem = entryProblem }, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var answered = await questions.AnswerAsync(attempt.Number, attempt.Answer, request.Viewer, cancellationToken);
        if (!answered.Succeeded)
        {
            return await ShowAsync(request, problem: null, attempt with { Problem = answered.Problem }, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var question = answered.Value!.Question;
        await request.AuditAsync("答复待答问题", $"第{question.Number}个（{question.AskerName}）", cancellationToken);
        if (attempt.SaveToKnowledgeBase)
        {
            var saved = await questions.SaveToKnowledgeBaseAsync(question.Number, attempt.Source, request.Viewer, cancellationToken);
            if (!saved.Succeeded)
            {
                return await ShowAsync(request, $"答复已发送，但没能保存到问答库：{saved.Problem}", attempt: null, StatusCodes.Status200OK, cancellationToken);
            }

            await request.AuditAsync("答复保存到问答库", question.Question, cancellationToken);
        }

        var done = !answered.Value.Delivered ? KnowledgeDoneMessages.AnsweredUndelivered
            : attempt.SaveToKnowledgeBase ? KnowledgeDoneMessages.AnsweredAndSaved : KnowledgeDoneMessages.Answered;
        return ConsoleRequest.Redirect($"{Home}?done={done}#pending");
    }

    private async Task<IResult> SaveAnswerAsync(ConsoleRequest request, AnswerAttempt attempt, CancellationToken cancellationToken)
    {
        var saved = await questions.SaveToKnowledgeBaseAsync(attempt.Number, attempt.Source, request.Viewer, cancellationToken);
        if (!saved.Succeeded)
        {
            return await ShowAsync(request, problem: null, attempt with { Problem = saved.Problem }, StatusCodes.Status400BadRequest, cancellationToken);
        }

        await request.AuditAsync("答复保存到问答库", saved.Value!.Question.Question, cancellationToken);
        return ConsoleRequest.Redirect($"{Home}?done={KnowledgeDoneMessages.SavedAnswer}#pending");
    }

    private async Task<string?> EntryProblemAsync(AnswerAttempt attempt, CancellationToken cancellationToken)
    {
        var question = await questions.GetAsync(attempt.Number, cancellationToken);
        if (question is not { IsOpen: true })
        {
            return null; // AnswerAsync explains a missing or already answered question.
        }

        var source = attempt.Source.Length == 0 ? KnowledgeEntryRules.BranchAnswerSource : attempt.Source;
        var problem = KnowledgeEntryRules.Problem(new KnowledgeEntryDraft(question.Question, [], attempt.Answer.Trim(), source));
        return problem is null ? null : $"保存到问答库需要：{problem}（也可以取消勾选「同时保存到问答库」只发送答复。）";
    }
}
