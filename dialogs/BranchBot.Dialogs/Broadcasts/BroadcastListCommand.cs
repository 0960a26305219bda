using BranchBot.Core.Broadcasts;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>广播记录: the latest broadcasts with sent, pending, failed, unreachable and acknowledged counts.</summary>
public sealed class BroadcastListCommand(BroadcastService broadcasts, BranchClock clock) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["广播记录", "广播列表"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(BroadcastTexts.HelpTopic, "广播记录", "广播记录", "查看最近的广播及送达、回执情况", Order: 81);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var summaries = await broadcasts.ListAsync(BroadcastTexts.ListedBroadcasts, cancellationToken);
        if (summaries.Count == 0)
        {
            await turn.SendAsync(BroadcastTexts.NoBroadcasts, cancellationToken);
            return;
        }

        await turn.SendWithButtonsAsync(
            BroadcastTexts.List(summaries, clock.ToLocal, clock.UtcNow),
            summaries.Take(3).Select(s => BroadcastTexts.DetailButton(s.Broadcast.Number)),
            cancellationToken);
    }
}
