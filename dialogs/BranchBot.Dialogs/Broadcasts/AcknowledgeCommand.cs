using BranchBot.Core.Time;
using BranchBot.Core.Broadcasts;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>
/// 收到 [广播12]: a member confirms having read a broadcast (the button under it sends the number). A bare 收到 with no
/// broadcast waiting is taken as noting the meeting last shown (<see cref="NoticeAcknowledgementHandler"/>).
/// </summary>
public sealed class AcknowledgeCommand(BroadcastService broadcasts, BranchClock clock, NoticeAcknowledgementHandler notices) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = [BroadcastMessages.AcknowledgeWord];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    /// <summary>Offered by the button under each broadcast, not in 帮助.</summary>
    public CommandHelp? Help => null;

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (number, _) = BroadcastNumbers.TakeLeading(arguments, bareNumberAllowed: true);
        var acknowledged = await broadcasts.AcknowledgeAsync(turn.Sender.Member!, number, cancellationToken);
        if (number is null && acknowledged.Problem is BroadcastProblem.NothingReceived && await notices.TryNoteMeetingAsync(turn, cancellationToken))
        {
            // A bare "收到" with no broadcast to confirm answered the 会议通知 the member was last shown.
            return;
        }

        await turn.SendAsync(acknowledged.Succeeded ? BroadcastTexts.Acknowledged(acknowledged.Value!) : BroadcastTexts.Problem(acknowledged.Problem!, clock), cancellationToken);
    }
}
