using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Transfers;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Membership;

namespace BranchBot.Dialogs.Organisation;

/// <summary>
/// 转接 姓名 到 支部: the branch's 书记 (or a 党委 role holder) moves a member of the branch to another open branch of
/// the organisation, after a 是/否 confirmation. A name or branch that matches several is asked back with buttons.
/// </summary>
public sealed class TransferCommand(MemberTransferService transfers, BranchContext branch) : IChatCommand
{
    public const string Keyword = "转接";

    public IReadOnlyList<string> Keywords { get; } = [Keyword, "组织关系转接", "转接党员", "转出党员"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool IsOfferedTo(Sender sender) => sender?.IsSecretary == true;

    public CommandHelp Help { get; } = new(MembershipTexts.HelpTopic, Keyword, "转接 姓名 到 支部名称", "把本支部党员的组织关系转到本组织的另一个支部（需确认，历史记录留在本支部）", Order: 33)
    {
        Example = "转接 陈静 到 第二党支部",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (name, branchName) = TransferArguments.Split(arguments);
        if (name.Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keyword, TransferTexts.AskMember, NameOrCode: true), cancellationToken);
            return;
        }

        var actor = turn.Sender.Member!;
        if (branchName.Length == 0)
        {
            var open = await transfers.DestinationsAsync(branch.Id, cancellationToken);
            if (open.Count == 0)
            {
                await turn.SendAsync(TransferTexts.AskBranch(name, open), cancellationToken);
                return;
            }

            await turn.AskArgumentAsync(new ArgumentRequest(Keyword, TransferTexts.AskBranch(name, open), Prefix: $"{name} 到", Choices: open), cancellationToken);
            return;
        }

        var candidate = await transfers.CheckAsync(branch.Id, actor, name, branchName, cancellationToken);
        if (!candidate.Succeeded)
        {
            await AnswerProblemAsync(turn, candidate.Problem!, name, branchName, cancellationToken);
            return;
        }

        var found = candidate.Value!;
        await turn.BeginDialogAsync(
            TransferDialog.DialogId,
            new TransferDialog.Request(found.Member.Id, found.To.Id, TransferTexts.Confirm(found)),
            cancellationToken);
    }

    private async Task AnswerProblemAsync(BotTurn turn, TransferProblem problem, string name, string branchName, CancellationToken cancellationToken)
    {
        var text = TransferTexts.Problem(problem);
        switch (problem)
        {
            case TransferProblem.MemberAmbiguous ambiguous:
                await turn.AskArgumentAsync(new ArgumentRequest(Keyword, text, Choices: [.. ambiguous.Candidates.Select(c => $"{c} 到 {branchName}")]), cancellationToken);
                break;
            case TransferProblem.BranchAmbiguous ambiguous:
                await turn.AskArgumentAsync(new ArgumentRequest(Keyword, text, Prefix: $"{name} 到", Choices: ambiguous.Candidates), cancellationToken);
                break;
            case TransferProblem.BranchNotFound { OpenBranches.Count: > 0 } missing:
                await turn.AskArgumentAsync(new ArgumentRequest(Keyword, text, Prefix: $"{name} 到", Choices: missing.OpenBranches), cancellationToken);
                break;
            default:
                await turn.SendAsync(text, cancellationToken);
                break;
        }
    }
}
