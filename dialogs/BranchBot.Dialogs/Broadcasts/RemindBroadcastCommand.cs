using BranchBot.Core.Time;
using BranchBot.Core.Broadcasts;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>催收 &lt;编号&gt;: sends a broadcast again to those of its recipients who have not pressed 收到.</summary>
public sealed class RemindBroadcastCommand(BroadcastService broadcasts, BroadcastPicker picker, BranchClock clock) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["催收", "催回执"];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(BroadcastTexts.HelpTopic, "催收", "催收 编号", "向尚未回执的同志再次发送这条广播", Order: 83)
    {
        Example = "催收 3",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await picker.PickAsync(turn, Keywords[0], arguments, b => b.RequiresAcknowledgement && !b.IsWithdrawn, cancellationToken) is not { } number)
        {
            return;
        }

        var reminded = await broadcasts.RemindAsync(number, turn.Sender.Member!, cancellationToken);
        await turn.SendAsync(reminded.Succeeded ? BroadcastTexts.Reminded(reminded.Value!) : BroadcastTexts.Problem(reminded.Problem!, clock), cancellationToken);
    }
}
