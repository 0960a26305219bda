using BranchBot.Core.Dues;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Membership;

namespace BranchBot.Dialogs.Dues;

/// <summary>
/// 确认党费 [姓名|全部]: confirms what members reported, one receipt each, sent to the payer. Without a name it lists
/// what waits. Pressed again, it finds nothing left to confirm.
/// </summary>
public sealed class ConfirmDuesCommand(DuesService dues, MembershipService membership, DuesReceipts receipts) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["确认党费", "核收党费"];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(DuesTexts.HelpTopic, "确认党费", "确认党费 [姓名|全部]", "确认党员自己登记的党费并发收据", Order: 52)
    {
        Example = "确认党费 张三",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var actor = turn.Sender.Member!;
        var (name, _) = MemberNameArguments.Split(arguments);
        if (name.Length == 0 || name is "全部" or "所有")
        {
            var pending = await dues.ListPendingAsync(cancellationToken);
            if (pending.Count == 0)
            {
                await turn.SendAsync(DuesTexts.NoPending, cancellationToken);
                return;
            }

            if (name.Length == 0)
            {
                await turn.SendWithButtonsAsync(DuesTexts.PendingList(pending), [.. pending.Take(5).Select(p => $"确认党费 {p.Member.Name}")], cancellationToken);
                return;
            }

            var lines = new List<string>();
            foreach (var (member, _) in pending)
            {
                lines.Add(await ConfirmOneAsync(actor, member, cancellationToken));
            }

            await turn.SendAsync(string.Join('\n', lines), cancellationToken);
            return;
        }

        if (await membership.FindByNameAsync(name, cancellationToken) is not { } payer)
        {
            await turn.SendAsync(MembershipProblemTexts.NotFound(name), cancellationToken);
            return;
        }

        await turn.SendAsync(await ConfirmOneAsync(actor, payer, cancellationToken), cancellationToken);
    }

    private async Task<string> ConfirmOneAsync(Member actor, Member payer, CancellationToken cancellationToken)
    {
        var confirmed = await dues.ConfirmAsync(actor, payer, cancellationToken);
        if (!confirmed.Succeeded)
        {
            return DuesTexts.Problem(confirmed.Problem!);
        }

        await receipts.SendReceiptAsync(confirmed.Value!, actor, cancellationToken);
        return payer.Id == actor.Id ? DuesTexts.Receipt(confirmed.Value!, actor) : DuesTexts.Confirmed(confirmed.Value!);
    }
}
