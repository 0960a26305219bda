using BranchBot.Core.Dues;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Membership;

namespace BranchBot.Dialogs.Dues;

/// <summary>党费基数 姓名 金额|身份: records a member's 交纳基数 from this month on and shows the monthly amount.</summary>
public sealed class DuesBaseCommand(DuesService dues, MembershipService membership) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["党费基数", "交纳基数"];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(DuesTexts.HelpTopic, "党费基数", "党费基数 姓名 金额|身份", "登记党员的交纳基数（税后月收入或身份），显示每月应交", Order: 50)
    {
        Example = "党费基数 张三 8000",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (name, rest) = MemberNameArguments.Split(arguments);
        if (name.Length == 0 || rest.Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], DuesTexts.AskBase), cancellationToken);
            return;
        }

        if (await membership.FindByNameAsync(name, cancellationToken) is not { IsActive: true } member)
        {
            await turn.SendAsync(MembershipProblemTexts.NotFound(name), cancellationToken);
            return;
        }

        if (DuesArguments.Base(rest) is not { } input)
        {
            await turn.SendAsync(DuesTexts.BaseUnclear(rest), cancellationToken);
            return;
        }

        var set = await dues.SetBaseAsync(turn.Sender.Member!, member, input.Status, input.Income, input.FixedAmount, cancellationToken);
        await turn.SendAsync(set.Succeeded ? DuesTexts.BaseSet(member, set.Value!) : DuesTexts.Problem(set.Problem!), cancellationToken);
    }
}
