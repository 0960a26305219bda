using BranchBot.Core.Time;
using BranchBot.Core.Broadcasts;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>撤回 &lt;编号&gt;: cancels whatever of a broadcast has not been sent yet (all of it, for a 定时 one).</summary>
public sealed class WithdrawBroadcastCommand(BroadcastService broadcasts, BroadcastPicker picker, BranchClock clock) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["撤回", "撤回广播"];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(BroadcastTexts.HelpTopic, "撤回广播", "撤回 编号", "撤回一条广播：尚未发出的不再发送", Order: 86)
    {
        ButtonValue = "撤回",
        Example = "撤回 3",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await picker.PickAsync(turn, Keywords[0], arguments, b => !b.IsWithdrawn, cancellationToken) is not { } number)
        {
            return;
        }

        var withdrawn = await broadcasts.WithdrawAsync(number, turn.Sender.Member!, cancellationToken);
        await turn.SendAsync(withdrawn.Succeeded ? BroadcastTexts.Withdrawn(withdrawn.Value!) : BroadcastTexts.Problem(withdrawn.Problem!, clock), cancellationToken);
    }
}
