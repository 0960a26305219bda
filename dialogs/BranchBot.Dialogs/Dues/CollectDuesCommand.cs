using BranchBot.Core.Dues;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Membership;

namespace BranchBot.Dialogs.Dues;

/// <summary>
/// 收党费 姓名 月份… [金额]: the committee records money received. Without an amount, or with exactly what is due, it is
/// recorded at once; a different amount is asked to confirm first (<see cref="CollectDuesDialog"/>).
/// </summary>
public sealed class CollectDuesCommand(DuesService dues, MembershipService membership, DuesReceipts receipts) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["收党费", "登记党费"];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(DuesTexts.HelpTopic, "收党费", "收党费 姓名 月份… [金额]", "登记收到的党费（可预交几个月或一个季度），收据发给交纳人", Order: 51)
    {
        Example = "收党费 张三 10月 11月 12月",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (name, rest) = MemberNameArguments.Split(arguments);
        if (name.Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], DuesTexts.AskCollect), cancellationToken);
            return;
        }

        if (await membership.FindByNameAsync(name, cancellationToken) is not { IsActive: true } payer)
        {
            await turn.SendAsync(MembershipProblemTexts.NotFound(name), cancellationToken);
            return;
        }

        var reading = DuesMonthsReader.Read(rest, dues.CurrentMonth);
        var (amount, leftover) = DuesArguments.TrailingAmount(reading.Rest);
        if (reading.None || reading.Unclear)
        {
            var prompt = reading.Unclear ? DuesTexts.MonthsUnclear : DuesTexts.AskMonthsToPay;
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], prompt, Prefix: $"{name} "), cancellationToken);
            return;
        }

        if (leftover.Length > 0)
        {
            await turn.SendAsync(DuesTexts.AmountUnclear(leftover), cancellationToken);
            return;
        }

        var due = await dues.DueAsync(payer, reading.Months, cancellationToken);
        if (!due.Succeeded)
        {
            await turn.SendAsync(DuesTexts.Problem(due.Problem!), cancellationToken);
            return;
        }

        var request = new CollectDuesDialog.Request(payer.Id, [.. reading.Months.Select(m => m.Key)], amount, Guid.NewGuid().ToString("N"));
        if (amount is { } given && given != due.Value)
        {
            await turn.BeginDialogAsync(CollectDuesDialog.DialogId, request with { Question = DuesTexts.ConfirmDifferentAmount(payer, reading.Months, due.Value, given) }, cancellationToken);
            return;
        }

        await turn.SendAsync(await CollectDuesDialog.RecordAsync(dues, receipts, turn.Sender.Member!, payer, request, cancellationToken), cancellationToken);
    }
}
