using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Dialogs.Knowledge;

namespace BranchBot.WebConsole.Pages.Knowledge;

/// <summary>
/// 知识库 at /console/knowledge, an entry's form at /console/knowledge/entry?question=, and the posts save, delete,
/// answer and save-answer. Every write goes through the same services as the chat commands, is audited, and ends in
/// a redirect; a refused form comes back with its problem and the typed values (400).
/// </summary>
internal static class KnowledgeEndpoints
{
    private const string Home = "/console/knowledge";

    public static void Map(RouteGroupBuilder console)
    {
        console.MapGet("/knowledge", (HttpContext http, CancellationToken cancellationToken) =>
            ShowAsync(ConsoleRequest.Of(http), problem: null, attempt: null, StatusCodes.Status200OK, cancellationToken));
        console.MapGet("/knowledge/entry", EntryAsync);
        console.MapPost("/knowledge/save", SaveAsync);
        console.MapPost("/knowledge/delete", DeleteAsync);
        console.MapPost("/knowledge/answer", AnswerAsync);
        console.MapPost("/knowledge/save-answer", SaveAnswerAsync);
    }

    private static async Task<IResult> ShowAsync(ConsoleRequest request, string? problem, AnswerAttempt? attempt, int status, CancellationToken cancellationToken)
    {
        await request.AuditAsync("查看知识库", null, cancellationToken);
        return request.Page<KnowledgePage>(
            new Dictionary<string, object?>
            {
                ["Problem"] = problem,
                ["Done"] = problem is null ? KnowledgeDoneMessages.Text(request.Query("done")) : null,
                ["Attempt"] = attempt,
                ["Query"] = EntryListQuery.Read(request),
            },
            status);
    }

    private static async Task<IResult> EntryAsync(HttpContext http, string? question, KnowledgeEntryService entries, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var asked = question?.Trim() ?? string.Empty;
        var existing = asked.Length == 0 ? null : await entries.FindAsync(asked, cancellationToken);
        var values = existing is not null ? EntryFormValues.From(existing) : EntryFormValues.Empty with { Question = asked };
        return EntryPage(request, values, existing, problem: null, StatusCodes.Status200OK);
    }

    private static IResult EntryPage(ConsoleRequest request, EntryFormValues values, KnowledgeEntryView? editing, string? problem, int status) =>
        request.Page<EntryPage>(new Dictionary<string, object?> { ["Values"] = values, ["Editing"] = editing, ["Problem"] = problem }, status);

    private static async Task<IResult> SaveAsync(HttpContext http, KnowledgeEntryService entries, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var values = EntryFormValues.Read(await request.FormAsync(cancellationToken));
        var original = values.IsEdit ? await entries.FindAsync(values.Original, cancellationToken) : null;
        var saved = await entries.SaveAsync(values.ToDraft(), request.Viewer, cancellationToken);
        if (!saved.Succeeded)
        {
            return EntryPage(request, values, original, KnowledgeProblemTexts.Say(saved.Problem!), StatusCodes.Status400BadRequest);
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

    private static async Task<IResult> DeleteAsync(HttpContext http, KnowledgeEntryService entries, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var question = (await request.FormAsync(cancellationToken))["question"].FirstOrDefault() ?? string.Empty;
        var deleted = await entries.DeleteAsync(question, request.Viewer, cancellationToken);
        if (!deleted.Succeeded)
        {
            await request.AuditAsync("删除问答（被拒绝）", question.Trim(), cancellationToken);
            return await ShowAsync(request, KnowledgeProblemTexts.Say(deleted.Problem!), attempt: null, StatusCodes.Status400BadRequest, cancellationToken);
        }

        await request.AuditAsync("删除问答", deleted.Value!.Deleted.Question, cancellationToken);
        var done = deleted.Value.RestoredFileEntry is null ? KnowledgeDoneMessages.Deleted : KnowledgeDoneMessages.Restored;
        return ConsoleRequest.Redirect($"{Home}?done={done}#entries");
    }

    private static async Task<IResult> AnswerAsync(HttpContext http, PendingQuestionService questions, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var attempt = AnswerAttempt.Read(await request.FormAsync(cancellationToken));
        // With 同时保存到问答库 the entry is checked before anything is sent, so a refused entry sends nothing.
        if (attempt.SaveToKnowledgeBase && await EntryProblemAsync(questions, attempt, cancellationToken) is { } entryProblem)
        {
            return await ShowAsync(request, problem: null, attempt with { Problem = entryProblem }, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var answered = await questions.AnswerAsync(attempt.Number, attempt.Answer, request.Viewer, cancellationToken);
        if (!answered.Succeeded)
        {
            return await ShowAsync(request, problem: null, attempt with { Problem = KnowledgeProblemTexts.Say(answered.Problem!) }, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var question = answered.Value!.Question;
        await request.AuditAsync("答复待答问题", $"第{question.Number}个（{question.AskerName}）", cancellationToken);
        if (attempt.SaveToKnowledgeBase)
        {
            var saved = await questions.SaveToKnowledgeBaseAsync(question.Number, attempt.Source, request.Viewer, cancellationToken);
            if (!saved.Succeeded)
            {
                return await ShowAsync(request, $"答复已发送，但没能保存到问答库：{KnowledgeProblemTexts.Say(saved.Problem!)}", attempt: null, StatusCodes.Status200OK, cancellationToken);
            }

            await request.AuditAsync("答复保存到问答库", question.Question, cancellationToken);
        }

        var done = !answered.Value.Delivered ? KnowledgeDoneMessages.AnsweredUndelivered
            : attempt.SaveToKnowledgeBase ? KnowledgeDoneMessages.AnsweredAndSaved : KnowledgeDoneMessages.Answered;
        return ConsoleRequest.Redirect($"{Home}?done={done}#pending");
    }

    private static async Task<IResult> SaveAnswerAsync(HttpContext http, PendingQuestionService questions, CancellationToken cancellationToken)
    {
        var request = ConsoleRequest.Of(http);
        var attempt = AnswerAttempt.Read(await request.FormAsync(cancellationToken));
        var saved = await questions.SaveToKnowledgeBaseAsync(attempt.Number, attempt.Source, request.Viewer, cancellationToken);
        if (!saved.Succeeded)
        {
            return await ShowAsync(request, problem: null, attempt with { Problem = KnowledgeProblemTexts.Say(saved.Problem!) }, StatusCodes.Status400BadRequest, cancellationToken);
        }

        await request.AuditAsync("答复保存到问答库", saved.Value!.Question.Question, cancellationToken);
        return ConsoleRequest.Redirect($"{Home}?done={KnowledgeDoneMessages.SavedAnswer}#pending");
    }

    private static async Task<string?> EntryProblemAsync(PendingQuestionService questions, AnswerAttempt attempt, CancellationToken cancellationToken)
    {
        var question = await questions.GetAsync(attempt.Number, cancellationToken);
        if (question is not { IsOpen: true })
        {
            return null; // AnswerAsync explains a missing or already answered question.
        }

        var source = attempt.Source.Length == 0 ? KnowledgeEntryRules.BranchAnswerSource : attempt.Source;
        var problem = KnowledgeEntryRules.Problem(new KnowledgeEntryDraft(question.Question, [], attempt.Answer.Trim(), source));
        return problem is null ? null : $"保存到问答库需要：{KnowledgeProblemTexts.Say(problem)}（也可以取消勾选「同时保存到问答库」只发送答复。）";
    }
}
