using BranchBot.Core.Membership;
using BranchBot.Core.Text;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Membership;

/// <summary>Asks what 初始化 still needs (the branch's name, the secretary's own name), then claims the branch.</summary>
public sealed class InitializeDialog : WaterfallDialog
{
    public const string DialogId = "membership.initialize";

    /// <summary>The secretary's own name: asked again, with the reason, until it can be a member's name ("你好" is not).</summary>
    public const string OwnNamePromptId = "membership.initialize.ownName";

    public static TextPrompt OwnNamePrompt() => new(OwnNamePromptId, (context, _) =>
    {
        var cleaned = NameRules.CleanName(context.Recognized.Value, TextField.MemberName);
        context.RefusalMessage = cleaned.Succeeded ? null : TextProblemTexts.Say(cleaned.Problem!);
        return Task.FromResult(cleaned.Succeeded);
    });

    public InitializeDialog(MembershipService membership)
        : base(DialogId, [AskBranchName, AskOwnName, (step, ct) => ClaimAsync(membership, step, ct)])
    {
    }

    /// <param name="OwnName">The secretary's own name when typed after the branch's ("初始化 码 一支部 王建国").</param>
    public sealed record Request(string Code, string? BranchName, string? OwnName = null);

    private static Task<DialogTurnResult> AskBranchName(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<Request>()!;
        return request.BranchName is { } name
            ? step.NextAsync(name, cancellationToken)
            : step.PromptAsync(PromptIds.Text, PromptOptions.Ask(MembershipTexts.AskBranchName), cancellationToken);
    }

    private static Task<DialogTurnResult> AskOwnName(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("branchName", (string)step.Result!);
        if (step.GetOptions<Request>()!.OwnName is { } typed && NameRules.CleanName(typed, TextField.MemberName).Succeeded)
        {
            return step.NextAsync(typed, cancellationToken);
        }

        var displayName = Sender.Of(step.DialogContext).DisplayName;
        var options = PromptOptions.Ask(MembershipTexts.AskOwnName(displayName));
        if (displayName is { Length: > 0 } && NameRules.CleanName(displayName, TextField.MemberName).Succeeded)
        {
            options.Choices = [Choice.Of(displayName)];
        }

        return step.PromptAsync(OwnNamePromptId, options, cancellationToken);
    }

    private static async Task<DialogTurnResult> ClaimAsync(MembershipService membership, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<Request>()!;
        var branchName = step.Values.Get<string>("branchName")!;
        var sender = Sender.Of(step.DialogContext);
        var claimed = await membership.ClaimBranchAsync(request.Code, branchName, (string)step.Result!, sender.Account, cancellationToken);
        await step.DialogContext.SendAsync(
            claimed.Succeeded ? MembershipTexts.Claimed(claimed.Value!, branchName.Trim()) : MembershipProblemTexts.Say(claimed.Problem!),
            cancellationToken);
        return await step.EndDialogAsync(claimed.Succeeded, cancellationToken);
    }
}
