using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>添加问答 [问题]: the guided entry; a question that already exists is replaced once confirmed.</summary>
public sealed class AddKnowledgeEntryCommand : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = [KnowledgeTexts.AddEntryCommand];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(KnowledgeTexts.HelpTopic, KnowledgeTexts.AddEntryCommand, "添加问答 / 修改问答 问题 / 删除问答 问题", "在问答库里添加、更正或删除问答，马上生效", Order: 91)
    {
        Example = "添加问答 预备党员的预备期是多长时间",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var question = arguments.Trim();
        var form = new KnowledgeEntryForm { Question = question.Length == 0 ? null : question };
        if (form.Question is not null && KnowledgeEntryRules.QuestionProblem(form.Question) is { } problem)
        {
            form = new KnowledgeEntryForm { Problem = KnowledgeTexts.Problem(problem) };
        }

        await turn.BeginDialogAsync(KnowledgeEntryDialog.DialogId, form, cancellationToken);
    }
}

/// <summary>
/// 修改问答 问题: opens an entry in use (from a file or the database) in the guided dialog with everything filled in,
/// so the secretary changes what is wrong; saving stores it in the database, where it wins over the file.
/// </summary>
public sealed class EditKnowledgeEntryCommand(KnowledgeEntryService entries, KnowledgeBase knowledge) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = [KnowledgeTexts.EditEntryCommand];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp? Help => null;

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var question = arguments.Trim();
        if (question.Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], KnowledgeTexts.AskEditQuestion), cancellationToken);
            return;
        }

        if (await entries.FindAsync(question, cancellationToken) is not { } entry)
        {
            await KnowledgeEntryLookup.SendNotFoundAsync(turn, knowledge, question, KnowledgeTexts.EditButtonValue, cancellationToken);
            return;
        }

        var form = new KnowledgeEntryForm { Question = entry.Question, Alternatives = [.. entry.AlternativeQuestions], Answer = entry.Answer, Source = entry.Source };
        await turn.BeginDialogAsync(KnowledgeEntryDialog.DialogId, form, cancellationToken);
    }
}

/// <summary>删除问答 问题: deletes a database entry; a file entry it replaced answers again.</summary>
public sealed class DeleteKnowledgeEntryCommand(KnowledgeEntryService entries) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = [KnowledgeTexts.DeleteEntryCommand];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp? Help => null;

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var question = arguments.Trim();
        if (question.Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], KnowledgeTexts.AskDeleteQuestion), cancellationToken);
            return;
        }

        var deleted = await entries.DeleteAsync(question, turn.Sender.Member!, cancellationToken);
        await turn.SendAsync(deleted.Succeeded ? KnowledgeTexts.EntryDeleted(deleted.Value!) : KnowledgeTexts.Problem(deleted.Problem!), cancellationToken);
    }
}

internal static class KnowledgeEntryLookup
{
    /// <summary>No entry has exactly this question: offers the closest ones as buttons that run the command again.</summary>
    public static async Task SendNotFoundAsync(BotTurn turn, KnowledgeBase knowledge, string question, Func<string, string> buttonValue, CancellationToken cancellationToken)
    {
        var closest = (await knowledge.SearchAsync(question, 3, cancellationToken)).Matches.Select(m => m.Entry.Question).ToList();
        var text = KnowledgeTexts.EntryNotFound(question) + (closest.Count > 0 ? "\n" + KnowledgeTexts.EntryNotFoundClosest : string.Empty);
        await turn.SendAsync(Buttons.Message(text, closest.Select(q => (q, buttonValue(q)))), cancellationToken);
    }
}
