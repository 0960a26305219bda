using BranchBot.Core.Dues;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Dues;

/// <summary>
/// 交党费 [月份…] [金额]: a member reports paying (this month when none is named); after 确认 it waits for the committee to
/// confirm (确认党费), which sends the receipt. An amount named must be what the months come to.
/// </summary>
public sealed class PayDuesCommand(DuesService dues) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["交党费", "缴党费", "缴纳党费", "交纳党费"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(DuesTexts.HelpTopic, "交党费", "交党费 [月份…]", "登记自己已交的党费（默认本月，可预交），组织委员确认后发收据", Order: 55)
    {
        Example = "交党费 第一季度",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reading = DuesMonthsReader.Read(arguments, dues.CurrentMonth);
        var (paid, leftover) = DuesArguments.TrailingAmount(reading.Rest);
        if (reading.Unclear || leftover.Any(char.IsAsciiDigit))
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], DuesTexts.MonthsUnclear + "\n" + DuesTexts.AskMonthsToPay), cancellationToken);
            return;
        }

        var months = reading.None ? [dues.CurrentMonth] : reading.Months;
        var member = turn.Sender.Member!;
        var due = await dues.DueAsync(member, months, cancellationToken);
        if (!due.Succeeded)
        {
            await turn.SendAsync(due.Problem is DuesProblem.NoBase own ? DuesTexts.OwnNoBase(own, paid) : DuesTexts.Problem(due.Problem!), cancellationToken);
            return;
        }

        // "交党费 100": the amount a member names is checked against what the months come to, never recorded in its place.
        if (paid is { } amount && amount != due.Value)
        {
            await turn.SendAsync(DuesTexts.PaidAmountDiffers(months, due.Value, amount, reading.None), cancellationToken);
            return;
        }

        var request = new PayDuesDialog.Request([.. months.Select(m => m.Key)], Guid.NewGuid().ToString("N"), DuesTexts.ConfirmPay(months, due.Value));
        await turn.BeginDialogAsync(PayDuesDialog.DialogId, request, cancellationToken);
    }
}
