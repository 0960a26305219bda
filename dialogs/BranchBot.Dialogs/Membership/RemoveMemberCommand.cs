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
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], MembershipTexts.AskMemberToRemove, NameOrCode: true), cancellationToken);
            return;
        }

        var member = await membership.FindByNameAsync(name, cancellationToken);
        if (member is null)
        {
            await turn.SendAsync(MembershipProblemTexts.NotFound(name), cancellationToken);
            return;
        }

        await turn.BeginDialogAsync(RemoveMemberDialog.DialogId, new RemoveMemberDialog.Request(member.Name, member.Id), cancellationToken);
    }
}

/// <summary>
/// Confirms a removal and carries it out. A 确认 that arrives again (the reply to the first failed, so the question
/// still shows) is told the member is already removed, not that the name is unknown.
/// </summary>
public sealed class RemoveMemberDialog : WaterfallDialog
{
    public const string DialogId = "membership.remove";

    /// <summary>The member as found when the question was asked; <paramref name="MemberId"/> tells a repeated 确认 apart.</summary>
    public sealed record Request(string Name, string? MemberId = null);

    public RemoveMemberDialog(MembershipService membership, IMembershipStore members)
        : base(DialogId, [Confirm, (step, ct) => RemoveAsync(membership, members, step, ct)])
    {
    }

    private static Task<DialogTurnResult> Confirm(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptIds.Confirm, PromptOptions.Ask(MembershipTexts.ConfirmRemove(step.GetOptions<Request>()!.Name)), cancellationToken);

    private static async Task<DialogTurnResult> RemoveAsync(
        MembershipService membership, IMembershipStore members, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.DialogContext.SendAsync("好的，没有移除。", cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }

        var request = step.GetOptions<Request>()!;
        if (request.MemberId is { } id && await members.GetMemberAsync(id, cancellationToken) is { IsActive: false } gone)
        {
            await step.DialogContext.SendAsync(MembershipTexts.AlreadyRemoved(gone), cancellationToken);
            return await step.EndDialogAsync(true, cancellationToken);
        }

        var actor = Sender.Of(step.DialogContext).Member!;
        var removed = await membership.RemoveMemberAsync(request.Name, actor, cancellationToken);
        await step.DialogContext.SendAsync(removed.Succeeded ? MembershipTexts.Removed(removed.Value!) : MembershipProblemTexts.Say(removed.Problem!), cancellationToken);
        return await step.EndDialogAsync(removed.Succeeded, cancellationToken);
    }
}
