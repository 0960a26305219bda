using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Membership;

/// <summary>移除党员 姓名: after a confirmation, takes the member off the roster (records are kept).</summary>
public sealed class RemoveMemberCommand(MembershipService membership) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["移除党员", "删除党员"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(MembershipTexts.HelpTopic, "移除党员", "移除党员 姓名", "把党员移出支部（需确认，历史记录保留）", Order: 32)
    {
        Example = "移除党员 张三",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (name, _) = MemberNameArguments.Split(arguments);
        if (name.Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], MembershipTexts.AskMemberToRemove), cancellationToken);
            return;
        }

        var member = await membership.FindByNameAsync(name, cancellationToken);
        if (member is null)
        {
            await turn.SendAsync(MembershipService.NotFound(name), cancellationToken);
            return;
        }

        await turn.BeginDialogAsync(RemoveMemberDialog.DialogId, new RemoveMemberDialog.Request(member.Name), cancellationToken);
    }
}

/// <summary>Confirms a removal and carries it out.</summary>
public sealed class RemoveMemberDialog : WaterfallDialog
{
    public const string DialogId = "membership.remove";

    public sealed record Request(string Name);

    public RemoveMemberDialog(MembershipService membership)
        : base(DialogId, [Confirm, (step, ct) => RemoveAsync(membership, step, ct)])
    {
    }

    private static Task<DialogTurnResult> Confirm(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptIds.Confirm, PromptOptions.Ask(MembershipTexts.ConfirmRemove(step.GetOptions<Request>()!.Name)), cancellationToken);

    private static async Task<DialogTurnResult> RemoveAsync(MembershipService membership, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.DialogContext.SendAsync("好的，没有移除。", cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }

        var actor = Sender.Of(step.DialogContext).Member!;
        var removed = await membership.RemoveMemberAsync(step.GetOptions<Request>()!.Name, actor, cancellationToken);
        await step.DialogContext.SendAsync(removed.Succeeded ? MembershipTexts.Removed(removed.Value!) : removed.Problem!, cancellationToken);
        return await step.EndDialogAsync(removed.Succeeded, cancellationToken);
    }
}
