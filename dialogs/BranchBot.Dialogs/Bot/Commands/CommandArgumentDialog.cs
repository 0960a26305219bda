using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Bot.Commands;

/// <summary>
/// Asks for a command's missing argument, then runs the command again with it. A command that needs two things
/// ("设置角色 张三 书记") asks for them one after the other, each time with what it already has as the prefix.
/// A question that offers choices (which broadcast, which role), or asks for a name or a code, steps aside when another
/// command line is typed instead of an answer ("党员名单" at "请输入需要新邀请码的党员姓名" is no one's name); a
/// free-text answer (a reply, a suggestion) is never read as a command.
/// </summary>
public sealed class CommandArgumentDialog(CommandCatalog catalog, CommandInterruption interruption) : Dialog(DialogId)
{
    public const string DialogId = "command.argument";

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var request = options as ArgumentRequest ?? throw new ArgumentException("An ArgumentRequest is needed.", nameof(options));
        dc.ActiveInstance!.State.Set("request", request);
        var prompt = new PromptOptions { Prompt = request.Prompt, Choices = request.Choices?.Select(c => Choice.Of(c)).ToList(), ShortAnswer = request.ShortAnswer };
        return dc.BeginDialogAsync(request.Choices is { Count: > 0 } && request.ChoicesOnly ? PromptIds.Choice : PromptIds.Text, prompt, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var request = dc.ActiveInstance!.State.Get<ArgumentRequest>("request")!;
        var answer = result switch
        {
            FoundChoice choice => choice.Value,
            string text => text,
            _ => string.Empty,
        };

        await dc.EndDialogAsync(null, cancellationToken);
        if (result is string typed && (request.NameOrCode || request.Choices is { Count: > 0 } choices && !choices.Contains(typed.Trim(), StringComparer.Ordinal))
            && interruption.Find(typed) is { } other)
        {
            await interruption.RunAsync(dc, other, cancellationToken);
            return dc.ActiveInstance is null ? new DialogTurnResult(DialogTurnStatus.Complete) : DialogTurnResult.Waiting;
        }

        var command = catalog.Commands.First(c => c.Keywords.Contains(request.Keyword));
        var arguments = string.IsNullOrEmpty(request.Prefix) ? answer : $"{request.Prefix} {answer}";
        await command.HandleAsync(new BotTurn(dc.Context, dc, Sender.Of(dc)), arguments, cancellationToken);
        return dc.ActiveInstance is null ? new DialogTurnResult(DialogTurnStatus.Complete) : DialogTurnResult.Waiting;
    }
}

/// <summary>What to ask, and how to run the command once answered.</summary>
/// <param name="NameOrCode">The answer is a member's name or a code, which a command line never is.</param>
/// <param name="ShortAnswer">The answer is a few words of the member's own (a reason), never a question or another request.</param>
public sealed record ArgumentRequest(
    string Keyword, string Prompt, string? Prefix = null, IReadOnlyList<string>? Choices = null, bool ChoicesOnly = false, bool NameOrCode = false, bool ShortAnswer = false);

public static class ArgumentRequestExtensions
{
    /// <summary>Asks for the rest of a command; the command runs again with <c>prefix + answer</c>.</summary>
    public static Task<DialogTurnResult> AskArgumentAsync(this BotTurn turn, ArgumentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.BeginDialogAsync(CommandArgumentDialog.DialogId, request, cancellationToken);
    }
}
